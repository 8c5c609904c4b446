import { headsOtherField } from './party-heading';
import { PURCHASING_BODY_LABEL } from './social-service-purchase';
import { buyerColumn } from './buyer-column';
import { cellUnderLabel } from './column-label';
import { contractFirstParty } from './contract-party';
import { roleRowName } from './role-row';
import { nameBeforeNextLabel } from './run-together-cell';
import { respondentBuyer } from './complaint-respondent';
import { addressedPairBuyer } from './addressed-pair';
import { fullerBareBuyer } from './bare-level-buyer';
import { cityPlacedBuyer } from './city-placed-buyer';
import { decidingToBuy } from './deciding-to-buy';
import { decidingBuyer } from './deciding-buyer';
import { neededBy } from './needed-by';
import { firstPlanRow } from './budget-table';
import { intentOwner } from './intent-owner';
import { investorField } from './investor-field';
import { leadBuyer } from './lead-buyer';
import { leadingOrg, readOrgAt, supplierNames } from './org-names';
import { ownPurchaser } from './own-purchase';
import { officeSignatureBuyer } from './office-signature';
import { isRoleNote, roleNoted } from './role-note';
import { withoutGroupUnitNote } from './group-unit-note';
import { wrappedNameAt } from './wrapped-name';
import { actingTenderer } from './acting-tenderer';
import { selfTenderer } from './self-tenderer';
import { namedAsOwner, ownerAfterRole } from './named-owner';
import { opensWithRole } from './role-lead';
import { titleIssuer } from './title-issuer';
import { wonInTitle } from './winner-headline';
import { entrustedWithStudy } from './entrusted-study';
import { organisingCentre } from './organising-centre';
import { institutionOfDepartment } from './department-institution';

export interface Parties {
  buyer: string | null;
  agency: string | null;
}

// 申报单位 is who applies for a project's approval; 预算单位 the body whose budget pays for a purchase
// (an 意向 lists it under its 主管预算单位, the department above it).
// 机关名称 (機關名稱) is how Taiwan's notices name the buying body (or 采购机关, 採購機關), 招标实体
// (招標實體) how Macau's do, and 咨询实体 (諮詢實體) its 公开咨询, the call for quotes below the tender threshold,
// 采购实体 (採購實體, "procuring entity") how Hong Kong's contract notices do, and 采购部门 (採購部門, the
// department the Government Logistics Department buys for) their tenders and awards; Macau's awards name
// the body that awards 判给实体 (判給實體); 遴选单位 the body that selects
// its suppliers (a hospital choosing its distributors), as 比选单位 does; 招标机构 is the agency's label on
// enterprise and international tendering platforms; 集中采购机构 the body that runs a government
// purchase for the buyer in its place (集采机构 for short); 征集人 (征集单位) the body that sets up a framework agreement
// (框架协议) for the buyers under it; 组织单位 the body that runs a selection of its own (a county's
// 财政局 choosing banks to deposit public funds, a school organising its pupils' uniforms).
// 选取单位 is the body choosing an intermediary (招标代理, 造价咨询, 评估) for itself, as a 中介超市 or a
// department's own 中介机构选取 names it; its 中选单位 is the firm chosen. A 被选取单位 is that firm, and
// "随机选取单位" in prose a draw, never the buyer.
// A school's or a clinic's own purchase often names it 需求单位 or 使用单位: the body that asked for
// it and will use it, buying with its own budget (a 交付使用单位 in prose is no label).
// A project's 实施主体 or 建设主体 is the body that carries it out for its owner: a press report's
// "项目实施主体为某公司" names the owner as 项目业主为 does.
// A contract notice's 甲方 is the buyer when its note says so ("甲方（采购人）："); a bare 甲方 may be a
// lessor or any party, so it is no label alone; beside a 乙方 field it is the buyer (contract-party.ts).
// A lease let out by a public body names that body its 出租方 or 招租人 (出租单位): it publishes the call
// as a buyer does. Its 承租方 is the bidder. Land let by 流转 names the village body letting it 流转方 (流出方).
// A 世界银行/亚行贷款 project names the body that carries it out and buys for it its 执行机构 (项目执行
// 单位, Executing Agency); a 采购执行机构 or 代理执行机构 is the agent that runs the tendering instead.
// A PPP or concession procurement names the body that buys on the government's behalf its 项目实施机构
// (实施机构, 特许经营实施机构): the buyer. (Its 政府方出资代表 is a shareholder, no buyer; an 采购实施机构
// or a 咨询机构 runs or advises the procurement.)
// A village or township project funded from above (乡村振兴衔接资金, 一事一议, 以工代赈) names the 镇 or
// 村 body that owns and carries it out its 项目实施单位: the buyer (a 施工 or 监理 实施单位 is a firm).
// A notice written in English too labels them Tenderee, Purchaser, Buyer, Employer and (Tendering)
// Agent or Agency; only as a field with its colon, the English word being an everyday one.
// A label counts only as a field: followed by ":", "为", a bracket note, a line break or a cell
// gap, never inside a sentence ("经采购人确认"). The note may come before the label's 名称: "项目业主（招标人）名称：".
// A company's supplier portal (SRM) names the legal entity that buys, often a plant's own subsidiary, its
// 采购组织: a field of its own only (never 采购组织形式, nor the agent's 采购组织机构).
const FIELD_AFTER = /^(?:\([^()\n]{0,8}\)(?:名称|全称)?)?(?:\s*[:：]|为|是|\s)/u;
const SENTENCE_AFTER =
  /^(?:应|须|将|在|于|对|与|已|可|不|要|会|的|和|及|或|按|依|根据|负责|保留|有权|同意|确认|承担|自行|另行|确定|拟定|选定|决定|推荐|重新|组织)/u;
// A purchase of services from social organisations names its buyer 购买主体 (social-service-purchase.ts).
const BUYER_LABEL_WORDS =
  /(?:采购人|招标人|建设单位|采购单位|(?:项目)?(?:业主|法人)单位|项目业主|项目法人|采购执行方|招标单位|比选人|遴选人|项目单位|发包人|发包单位|发包方|(?:出租|招租|流转|流出)(?:人|方|单位)|询比人|询价人|(?<![与被])(?:询价|询比|比选|比价|遴选)单位|(?<![与被])比价人|(?<![与被机参])选取单位|(?<!被)征集(?:人|单位)|(?<![受被])委托单位|采购方|建设方|发布部门|机关名称|采购机关|(?:招标|采购|判给|咨询)实体|(?<![^\s|:：\d、.．])采购部门(?=\s*[:：])|(?<![^\s|:：])业主|(?:项目)?申报单位|(?<!主管)预算单位|(?<!代理)组织单位|(?:项目)?(?:实施|建设)主体|(?<!采购|代理|招标)(?:项目)?执行(?:机构|单位)|(?<!采购|代理|招标|咨询|施工|监理)(?:项目|特许经营)?实施(?:机构|单位)|甲方(?=\s*\((?:采购人|招标人|发包人|买方)\))|(?<![^\s|:：\d、.．])采购组织(?=\s*[:：]))(?:名称|全称)?(?:\s?信息)?|(?<![A-Za-z])(?:Tenderee|Purchaser|Buyer|Employer|Executing Agency)(?=[ \t]*[:：])/gu;
const BUYER_LABEL = new RegExp(`${BUYER_LABEL_WORDS.source}|${PURCHASING_BODY_LABEL.source}`, 'gu');
// The party that signs as 采购人 or 招标人 is the buyer even where another field comes first: a
// 使用单位 or 需求单位 is a department inside it (a hospital's dialysis unit), a 项目业主 or 建设单位 may
// have handed the tendering to its 代建单位, which then tenders as 招标人 in its own name.
// Where no 招标人 field is written, a 代建单位 said in prose to act as 招标人 (acting-tenderer.ts) still
// comes before the 项目业主.
const PROCURING_LABEL = /(?:采购人|招标人)(?:名称|全称)?(?:\s?信息)?/gu;
// A 需求单位 or 使用单位 is the department that asked for the purchase (a 供电公司's 设备管理部, a school's
// lab): it names the buyer only when no other buyer label does.
const DEPARTMENT_LABEL = /(?<![与被交付])(?:需求|使用)单位(?:名称|全称)?(?:\s?信息)?/gu;
// 招标代理单位 and 采购代理人 are one label each: the shorter 招标代理 would leave "单位：" in the name.
// A state firm's non-tender purchase (询比, 竞价) names the body that runs it for the buyer
// 采购组织机构 (never the 组织机构代码 of a company's registration).
// A military purchase names the 采购站 that runs it for the unit its 采购机构: the unit itself is the
// 采购单位. Only as a field of its own (at a line's or cell's start), never inside 政府采购机构 and the like.
// A 比选 (a selection among invited or applying firms, common for works and village projects) has its
// 比选人 and the firm running it for them, the 比选代理 (机构): the same role as a 招标代理.
const AGENCY_LABEL =
  /(?:采购代理机构|招标代理机构|委托代理机构|代理机构|(?:招标|采购)代理(?:人|单位)|招标代理|采购代理|比选代理(?:机构|人|单位)?|代理单位|招标机构|集中采购机构|集采机构|(?:采购|招标)组织机构(?!代码)|(?<![^\s|:：\d、.．])采购机构(?!代码))(?:名称|全称)?(?:\s?信息)?|(?<![A-Za-z])(?:(?:Tendering|Procurement|Bidding) )?Agen(?:t|cy)(?=[ \t]*[:：])/gu;
// "某咨询公司受某医院(的)委托": the agency acts for the buyer. A 受 opening a line starts the sentence: the
// line above it (the title) is not the agency.
const ON_BEHALF = /([^\s，。,:：;；()]{4,40}?)[ \t\u3000]?受\s?([^\s，。,:：;；]{2,40}?)(?:的)?委托$/u;
// "受某局委托，某公司对某项目进行公开招标": the buyer first, the agency after the comma.
const ON_BEHALF_FIRST = /受\s?([^\s，。,:：;；]{2,40}?)(?:的)?委托$/u;
const AGENCY_AFTER = /^\s*[,，]\s*([^\s，。,:：;；()]{4,40}?)(?:现|将|拟)?(?:对|就)/u;
const GENERIC_PARTY = /^(?:招标人|采购人|业主|建设单位|委托人)$/u;
// "受项目业主某局委托": the sentence may give the party's role before its name.
const ROLE_BEFORE_NAME =
  /^(?:项目业主|业主单位|业主|建设单位|项目法人|招标人|招标单位|采购人|采购单位|委托人|委托单位|发包人)(?=\p{Script=Han}{4})/u;
// An approval letter opens with its addressee: "某镇人民政府：\n你单位报来…", "…：\n报来《…》收悉",
// a service centre, station or institute as 你中心, 你站, 你所,
// or the request it answers by its title: "某局：\n《某局关于申报某项目的请示》(某字〔2027〕5号)收悉".
const ADDRESSEE =
  /(?:^|\n)([^\n:：各]{4,40})[:：]\s*\n?\s*(?:(?:你|贵)(?:单位|公司|局|乡|镇|委|院|校|办|区|县|市|中心|站|所|处|集团|厂|社|队)|报来|报送|呈报|《[^》\n]{2,80}》[^\n。]{0,40}?收悉)/u;

/**
 * Buyer (采购人/招标人/建设单位/业主) and agency (代理机构) as written: labelled fields first,
 * then "某代理受某单位委托", then the buyer deciding a result in prose ("经招标人某局研究决定"),
 * then the addressee of an approval letter, then an organisation the title opens with (buyer
 * only, not for press reports).
 */
export function readParties(text: string, title: string, opts: { titleFallback: boolean; agencyFallback?: boolean }): Parties {
  // Labels spaced out to fill a cell: "名 称", "招 标 人".
  const flat = text
    .replace(/名\s+称/gu, '名称')
    .replace(
      /([采招])[ \t\u3000]+([购标])[ \t\u3000]+(人|单[ \t\u3000]*位)/gu,
      (_m, a: string, b: string, c: string) => a + b + c.replace(/\s/gu, ''),
    );
  const behalf = onBehalf(flat);
  const fielded = leadBuyer(
    labelled(flat, PROCURING_LABEL, 'any') ?? actingTenderer(flat) ?? labelled(flat, BUYER_LABEL, 'any') ?? departmentBuyer(flat, title),
  );
  const read =
    fielded ??
    roleNoted(flat, 'buyer') ??
    respondentBuyer(flat) ??
    addressedPairBuyer(flat) ??
    planTableBuyer(flat) ??
    buyerColumn(flat) ??
    behalf?.buyer ??
    // A body that says it tenders or buys by itself (self-tenderer.ts), with no agency to name it.
    selfTenderer(flat) ??
    neededBy(flat) ??
    decidingBuyer(flat) ??
    decidingToBuy(flat) ??
    addresseeBuyer(flat) ??
    investorField(flat) ??
    investor(flat) ??
    namedAsOwner(flat) ??
    ownerAfterRole(flat) ??
    awardLetterSender(flat) ??
    reportedOwner(flat) ??
    intentOwner(flat) ??
    groundsOwner(flat, title) ??
    ownPurchaser(flat) ??
    // A press report's agreement between two firms has its 甲方 and 乙方 too: only a procurement notice's counts.
    (opts.titleFallback ? contractFirstParty(flat) : null) ??
    // The institution whose own office signs the page, before the short name its title may use.
    (opts.titleFallback ? officeSignatureBuyer(flat) : null) ??
    (opts.titleFallback
      ? (titleIssuer(title) ?? titleBuyer(title) ?? projectNameBuyer(flat) ?? headingBuyer(flat, title) ?? ownerOfProject(flat, title))
      : null) ??
    (opts.titleFallback ? signedBy(flat) : null);
  // 县第一高级中学 in prose, 宁陵县第一高级中学 at the foot: the name with its place (bare-level-buyer).
  // 鼓楼区某街道办事处 in the title, 福州市鼓楼区某街道办事处 in the body: the name with its city (city-placed-buyer).
  // A name in the buyer's own field is kept as that field writes it.
  const bare = fullerBareBuyer(read ?? null, flat);
  const buyer = withoutGroupUnitNote(fielded ? bare : cityPlacedBuyer(bare, flat));
  const agency =
    labelled(flat, AGENCY_LABEL, 'any') ??
    roleNoted(flat, 'agency') ??
    // A branch's tendering run by its province's 采购中心, named 组织单位 beside the 招标人 (organising-centre.ts).
    organisingCentre(flat, buyer ?? null) ??
    behalf?.agency ??
    entrustedAgency(flat) ??
    titleAgency(title) ??
    (opts.agencyFallback ? agencyNamed(`${title}\n${flat}`, buyer) : null);
  return { buyer: buyer ?? null, agency: agency === buyer ? null : agency };
}

// A 使用单位 that is a department of the institution the title opens with (department-institution.ts)
// names that institution as the buyer.
function departmentBuyer(text: string, title: string): string | null {
  const department = labelled(text, DEPARTMENT_LABEL, 'any');
  return department ? (institutionOfDepartment(department, titleBuyer(title)) ?? department) : null;
}

const TRACK_RECORD = /业绩|奖项|获奖/u;
const TRACK_RECORD_CHARS = 150;

// A bilingual notice names a party under its English label first ("Employer: Hezhou Urban …") and
// under its Chinese one further down: the Chinese name is the one members know it by.
const HAN = /\p{Script=Han}/u;
const LATIN_LABEL = /^[A-Za-z]/u;

function labelled(text: string, label: RegExp, kind: 'any' | 'supplier'): string | null {
  let english: string | null = null;
  for (const m of text.matchAll(label)) {
    const end = m.index + m[0].length;
    // "某局(采购人)委托…": a role in brackets labels the name before it (role-note.ts), not after.
    if (isRoleNote(text, m.index, end)) continue;
    // "采购人、采购代理机构信息\n采购人：某医院": a heading over another field names nothing itself (party-heading.ts).
    if (headsOtherField(text, end)) continue;
    // A label opening a row of a contact table names the party in that row's 名称 column.
    const rowName = roleRowName(text, m.index, end);
    if (rowName !== undefined) {
      const name = rowName ? readOrgAt(rowName, 0, kind) : null;
      if (name && !GENERIC_PARTY.test(name)) return name;
      continue;
    }
    // A label heading a table column names the party in the row below it.
    const under = cellUnderLabel(text, m.index, end);
    if (under !== undefined) {
      const name = under ? readOrgAt(under, 0, kind) : null;
      if (name && name === under && !GENERIC_PARTY.test(name)) return name;
      continue;
    }
    // An aggregator's tag holds the label alone, with the value after it: "【采购人】某局".
    // Excerpts run label and value together ("代理机构某某有限公司代理机构联系电话"): then only a
    // name with a supplier's suffix counts.
    const tagged = '【['.includes(text[m.index - 1] ?? '-') && '】]'.includes(text[end] ?? '-');
    const runTogether = !tagged && !FIELD_AFTER.test(text.slice(end, end + 12));
    // "采购人应在…与某某有限公司签订合同": a sentence about the party, not its name.
    if (runTogether && SENTENCE_AFTER.test(text.slice(end, end + 4))) continue;
    // A winner's track record (类似业绩, 奖项) names who applied for the award: the bidder, not the buyer.
    if (m[0].includes('申报单位') && TRACK_RECORD.test(text.slice(Math.max(0, m.index - TRACK_RECORD_CHARS), m.index))) continue;
    // A narrow column (or a phone's screen) may wrap the name onto the next line.
    const name =
      (runTogether ? null : wrappedNameAt(text, end, kind)) ??
      readOrgAt(text, end, runTogether ? 'supplier' : kind) ??
      (runTogether ? nameBeforeNextLabel(text, end, kind) : null);
    // A label word inside a name ("某某招标代理有限公司") leaves only the name's tail.
    if (runTogether && name && /^(?:有限|股份|公司|集团|责任)/u.test(name)) continue;
    // "现由招标人某卫生院委托某咨询公司对该项目…": a sentence in which the party hands the tendering to its
    // agent; the name read on runs through 委托 into the agent's, so the field further down is the one to read.
    if (runTogether && name && name.includes('委托')) continue;
    if (name && !GENERIC_PARTY.test(name)) {
      if (!LATIN_LABEL.test(m[0]) || HAN.test(name)) return name;
      english ??= name;
    }
  }
  return english;
}

// A winner's own announcement names who sent it the award letter, and that is the tenderer: "公司收到
// 某某交通建设集团有限公司发来的《中标通知书》". An agency may send it for the buyer, so its name is not taken.
const AWARD_LETTER_FROM = /收到\s*([^，。,;；:：“”《》]{4,40}?)\s*(?:发来|发出|签发|送达|下发)的\s*《?中标通知书/u;

function awardLetterSender(text: string): string | null {
  const m = AWARD_LETTER_FROM.exec(text);
  if (!m || AGENCY_WORDS.test(m[1])) return null;
  const name = readOrgAt(m[1], 0, 'any');
  return name && name === m[1].trim() ? name : null;
}

// A finance authority answers the finance bureau below it about another body's purchase: "某区财政局：
// 你单位《关于区某局2027年某项目申请采用…的请示》收悉". The bureau only forwarded the request; the buyer is
// the body whose project it names, written in full where the answer repeats it ("某市某区某局2027年…").
const FINANCE_AUTHORITY = /财政(?:局|厅|部门|委)$/u;
const REQUEST_ABOUT = /《关于([^《》\n]{4,60}?)(?:申请|请示|的)/u;

function addresseeBuyer(text: string): string | null {
  const addressee = ADDRESSEE.exec(text.slice(0, 600))?.[1].trim();
  if (!addressee || !FINANCE_AUTHORITY.test(addressee)) return addressee ?? null;
  const about = REQUEST_ABOUT.exec(text);
  const short = about ? leadingOrg(about[1]) : null;
  if (!short || FINANCE_AUTHORITY.test(short)) return addressee;
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const full = new RegExp(`(?<!\\p{Script=Han})(?!关于)\\p{Script=Han}{0,8}${escaped}`, 'u').exec(text);
  return full?.[0] ?? short;
}

// Press reports and approvals say who pays for the works: "该项目由某集团有限公司投资建设". Who builds
// it (由某公司承建, 施工) is a contractor, not the owner.
// "由某公司负责建设/负责实施", or "由某公司投资" closing its clause, says the same of the body that owns
// the works; one that builds it for the owner (代建) is not.
// A bureau that has the works carried out for its own purpose (由某县交通运输局组织实施, 组织建设) is their owner too.
// Hong Kong says the department 负责推展 (負責推展) or 负责兴建 the works it owns.
const INVESTED_VERB =
  /(?:投资建设|投资兴建|出资建设|开发建设|负责投资|负责建设|负责实施|负责推展|负责兴建|建设实施|组织实施|组织建设|投资(?=[，。,;；])|(建设|实施)(?=[，。,;；]))/u;
const INVESTED_BY = new RegExp(`由([^\\s，。,;；:：“”]{4,40}?)${INVESTED_VERB.source}`, 'u');
const INVESTED_VERB_NEXT = new RegExp(`^${INVESTED_VERB.source}`, 'u');
// A bare "由某公司建设，" is said of owners and builders alike: it names the owner only when the name is
// no builder's (建工, 建筑, 工程局, 路桥, 施工: those are 承建 in other words).
const BUILDER_NAME = /建工|建筑|建设集团|建设工程|建设有限|工程局|工程有限|路桥|施工|中建|中铁|中交|水电/u;

// A bare "由某公司实施，" is the owner's word too (项目实施主体), under the same builder-name check.
// "由集团全资附属公司某有限公司负责建设": the group's word for its subsidiary comes before the name.
const SUBSIDIARY_WORDS = /^(?:其|该|集团|公司|本集团|该集团)?(?:全资|控股|独资)?(?:子公司|附属公司|下属公司|旗下)/u;

// "由县属国有平台公司投资建设", "由一家民营企业投资": a description, not a name.
const DESCRIBED_OWNER = /^(?:[省市县区州镇乡]属|国有|民营|当地|本地|外地|一家|多家|该|本|我|其)/u;

function investor(text: string): string | null {
  const m = INVESTED_BY.exec(text);
  if (!m) return null;
  const lead = SUBSIDIARY_WORDS.exec(m[1])?.[0].length ?? 0;
  const owner = m[1].slice(lead);
  if (DESCRIBED_OWNER.test(owner)) return null;
  const name = !(m[2] && BUILDER_NAME.test(owner)) ? readOrgAt(owner, 0, 'any') : null;
  if (name && name === owner) return name;
  // An owner whose own name holds one of the verbs ("由某开发建设有限公司投资建设") is cut at the first:
  // the name read on from the same place counts when the verbs follow it.
  const start = m.index + 1 + lead;
  const full = readOrgAt(text, start, 'any');
  if (!full || !full.startsWith(owner) || !text.startsWith(full, start)) return null;
  const verb = INVESTED_VERB_NEXT.exec(text.slice(start + full.length));
  return verb && !(verb[1] && BUILDER_NAME.test(full)) ? full : null;
}

// A press report may open with the day and the company whose project it is about: "10月28日，某新能源
// 开发有限公司某风电项目获得核准". A company that wins, builds or signs for the works is not the owner.
// A report may state its purpose before the day: "为改善办学条件，3月9日，…".
const DATED_OPENING = /^(?:为[^\n，,。]{2,24}[,，]\s*)?[^\n，,。]{0,16}?[日号]\s*[,，]\s*/u;
const OWN_PROJECT_AFTER = /^[^\n，,。；;]{2,30}?(?:项目|工程)(?!部)/u;
const NOT_THE_OWNER = /中标|中选|成交|承建|施工|总承包|签约|签订|联合体/u;

// A body may hold the procedure's review itself ("某分公司在本公司会议室组织了本项目的评审", "某医院在我院
// 会议室组织了院内谈判"); an agency holding it for someone (某招标代理有限公司在本公司开标室组织开标) is not the owner.
const HOLDS_PURCHASE =
  /^([^\n，,。；;:：]{4,30}?)(?:在[^\n，,。；;]{1,20}?)?(?:进行|开展|组织|举行|召开)(?:了)?[^\n，,。；;]{0,20}?(?:采购|招标|竞争性谈判|竞争性磋商|竞价|比选|询价|谈判|磋商|评审|评标|开标)/u;

// "我院采购管理办公室组织…谈判": the body speaking of its own office (我院, 本公司) names no one.
const SELF_SPEAKER = /^(?:我|本|该)(?:院|局|校|司|公司|单位|中心|委|办|所)/u;

function reportedOwner(text: string): string | null {
  // The report opens the body, below the title and perhaps a dateline.
  for (const line of text.split('\n', 4)) {
    const opening = DATED_OPENING.exec(line.trimStart());
    if (!opening) continue;
    const rest = line.trimStart().slice(opening[0].length);
    // "某小学校在学校会议室进行课桌椅采购竞争性谈判": a school or a bureau holding its own purchase.
    const holds = HOLDS_PURCHASE.exec(rest);
    const ownName = holds && !SELF_SPEAKER.test(holds[1]);
    if (ownName && !NOT_THE_OWNER.test(holds[0]) && !AGENCY_WORDS.test(holds[1]) && readOrgAt(holds[1], 0, 'any') === holds[1])
      return holds[1];
    const name = readOrgAt(rest, 0, 'supplier');
    if (!name || !rest.startsWith(name)) return null;
    const after = rest.slice(name.length);
    const clause = after.split(/[，,。；;]/u)[0];
    return OWN_PROJECT_AFTER.test(after) && !NOT_THE_OWNER.test(clause) && !AGENCY_WORDS.test(name) ? name : null;
  }
  return null;
}

// "我院委托某某招标有限公司": the one entrusted runs the tender.
const ENTRUSTED = /(?:现|已|我(?:院|局|单位|校|司)|特)委托([^\s，。,:：;；()“”]{4,40}?(?:有限责任公司|有限公司|公司))/u;
function entrustedAgency(text: string): string | null {
  const m = ENTRUSTED.exec(text);
  // "已委托某环保科技有限公司承担本项目环境影响评价工作": a consultant writing a study (entrusted-study.ts).
  return m && !entrustedWithStudy(text.slice(m.index + m[0].length)) ? m[1] : null;
}

// The agency signs or heads a notice under its own name: "某某招标咨询有限公司关于…".
const AGENCY_WORDS = /招标|代理|咨询|项目管理|工程管理|造价/u;

// Re-publishers add who issued a notice to its title, in brackets at the end ("…结果公告[某招标代理有限
// 公司]"), and an agency may open a title with its name after the day ("2027年3月1日某工程咨询有限公司
// 某系统中标结果公告").
const TITLE_TAIL_NAME = /[[【(]([^[\]【】()]{4,40})[\]】)]\s*$/u;
const TITLE_DAY = /^\s*\d{4}年\d{1,2}月\d{1,2}日\s*/u;

function titleAgency(title: string): string | null {
  const tail = TITLE_TAIL_NAME.exec(title)?.[1].trim();
  const day = TITLE_DAY.exec(title);
  for (const candidate of [tail, day ? title.slice(day[0].length) : null]) {
    if (!candidate) continue;
    const name = readOrgAt(candidate, 0, 'supplier');
    if (name && candidate.startsWith(name) && AGENCY_WORDS.test(name) && (candidate === tail ? name === tail : true)) return name;
  }
  return null;
}

function agencyNamed(text: string, buyer: string | null): string | null {
  for (const n of supplierNames(text)) if (AGENCY_WORDS.test(n) && n !== buyer && !opensWithRole(n)) return n;
  return null;
}

// A plan table (招标计划) has the buyer in a column: "序号 | 项目名称 | 招标人 | …".
const BUYER_HEADER = /招标人|建设单位|项目业主|采购人|项目单位/u;

function planTableBuyer(text: string): string | null {
  const table = firstPlanRow(text);
  const column = table?.header.findIndex((h) => BUYER_HEADER.test(h)) ?? -1;
  if (!table || column < 0) return null;
  // Merged cells shift columns by one either way.
  // A cell that is a name outranks a part of a neighbour's text (a project name ending in 社区).
  // A narrow column wraps a long name onto a second line ("某市城市\n管理局"): the cell is one name.
  const names = [column, column - 1, column + 1].map((i) => {
    const cell = table.row[i]?.trim().replace(/\s*\n\s*/gu, '');
    return cell ? { cell, name: readOrgAt(cell, 0, 'any') } : null;
  });
  return (names.find((n) => n?.name && n.name === n.cell) ?? names.find((n) => n?.name))?.name ?? null;
}

// Public bodies that run purchases for others (政府采购中心, 公共资源交易中心) are no company.
const PUBLIC_AGENCY = /(?:采购中心|交易中心|招标中心|采购办公室|采购管理办公室)$/u;
// "某中心（以下简称“招标代理机构”）受某医院（以下简称“招标人”）的委托": the notes name no one.
const SHORT_NAME_NOTE = /[(（]以下(?:简)?称[^()（）\n]{0,20}[)）]/gu;

function onBehalf(text: string): Parties | null {
  // Look only around each 委托: a pattern tried at every position of a long text is slow.
  for (let at = text.indexOf('委托'); at >= 0; at = text.indexOf('委托', at + 2)) {
    const before = text.slice(Math.max(0, at - 90), at + 2).replace(SHORT_NAME_NOTE, '');
    const m = ON_BEHALF.exec(before);
    // "某咨询公司受某公司委托，对某工程开展社会稳定风险评估": the one entrusted wrote a study, it is no
    // agency (entrusted-study.ts); the one entrusting is still the owner.
    const study = entrustedWithStudy(text.slice(at + 2));
    if (!m) {
      const first = behalfFirst(before, text.slice(at + 2, at + 60));
      if (first) return study ? { ...first, agency: null } : first;
      continue;
    }
    const agency = study ? null : (readOrgAt(m[1], 0, 'supplier') ?? (PUBLIC_AGENCY.test(m[1]) ? readOrgAt(m[1], 0, 'any') : null));
    const buyer = GENERIC_PARTY.test(m[2]) ? null : readOrgAt(m[2].replace(ROLE_BEFORE_NAME, ''), 0, 'any');
    if (agency || buyer) return { agency, buyer };
  }
  return null;
}

function behalfFirst(before: string, after: string): Parties | null {
  const m = ON_BEHALF_FIRST.exec(before);
  const named = m?.[1].replace(ROLE_BEFORE_NAME, '');
  const buyer = named && !GENERIC_PARTY.test(m![1]) ? readOrgAt(named, 0, 'any') : null;
  if (!buyer || buyer !== named!.trim()) return null;
  const a = AGENCY_AFTER.exec(after);
  const agency = a ? (readOrgAt(a[1], 0, 'supplier') ?? (PUBLIC_AGENCY.test(a[1]) ? readOrgAt(a[1], 0, 'any') : null)) : null;
  return { buyer, agency: agency && agency === a![1].trim() ? agency : null };
}

// An agency heading a notice with its own name names the buyer after 关于: "某招标咨询有限公司关于
// 某市人民医院(就其)某项目的公告".
const AFTER_AGENCY = /^[^关]{4,40}?(?:招标|代理|咨询|项目管理|工程管理)[^关]{0,12}?(?:有限责任公司|有限公司|公司)关于/u;

// Hong Kong tenders are titled by what they supply to whom: "为水务署某大楼提供保安员服务".
const SUPPLY_FOR = /^为(\p{Script=Han}{2,16}?(?:署|处|海关|局|委员会|管理局))(?:\p{Script=Han}{0,12}?)(?:供应|提供)/u;

const COMMENTS_CALLER = /^(\p{Script=Han}{2,12}?)(?:公开)?(?:征集|征求)(?!意见)\p{Script=Han}[^\n]{1,80}?意见/u;

/** The buyer a title opens with, or names after an agency's "关于"; a name written twice once. */
function titleBuyer(title: string): string | null {
  // Tags, a bracket opening the title and the year of a yearly tender stand before the name:
  // "[某市本级]", "( 某局2018年物业服务 )", "2027年某公司…".
  const clean = title.replace(/^\s*(?:\[[^\]]{1,12}\]|【[^】]{1,12}】)?\s*\(?\s*(?:\d{4}年(?:度)?)?/u, '');
  const agency = AFTER_AGENCY.exec(clean);
  // "…关于某医院就其某项目…": the buyer ends where 就其 starts its project.
  const hongKong = SUPPLY_FOR.exec(clean);
  if (hongKong) return readOrgAt(hongKong[1], 0, 'any');
  // "某移动征集某分公司…文件意见的公告": whoever calls for comments is the buyer, by the name it goes by,
  // and the unit after the verb is where the work is.
  const caller = COMMENTS_CALLER.exec(clean);
  if (caller && !/^关于/u.test(caller[1])) return caller[1];
  const name = leadingOrg(agency ? clean.slice(agency[0].length).split('就其')[0] : clean);
  // "某公司以1,236.5万元中标某工程": the firm opening a list page's headline is the winner.
  if (name && wonInTitle(clean, name)) return null;
  return name ? onceIfDoubled(name) : null;
}

// Excerpts run the buyer into the title twice: "某市第三人民医院某市第三人民医院某项目".
function onceIfDoubled(name: string): string {
  const half = name.length / 2;
  return Number.isInteger(half) && name.slice(0, half) === name.slice(half) ? name.slice(0, half) : name;
}

// A change or result names the project it is about, and project names open with their buyer:
// "原公告的采购项目名称：某县人民医院手术室设备采购项目".
// A change may name it only by the notice it corrects: "原公告名称：某县教育局某项目公开招标公告".
const PROJECT_NAME = /(?:(?:采购)?项目名称|原公告(?:名称|标题))[:：]\s*/gu;

function projectNameBuyer(text: string): string | null {
  for (const m of text.matchAll(PROJECT_NAME)) {
    const name = leadingOrg(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (name) return onceIfDoubled(name);
  }
  return null;
}

// A body may open with the project's name as its heading, and project names open with their buyer:
// title "某省某市某区2026年某项目中标候选人公示", body "某市某区农业农村局2026年某项目\n评标结果公示".
const MAX_HEADING = 80;
// A heading, not a sentence: no clause punctuation or colon, and it ends as a project or a notice does.
const HEADING = /^[^:：，,。；;!！?？]+(?:项目|工程|采购|服务|设计|施工|监理|勘察|标段|公告|公示|\))$/u;

function headingBuyer(text: string, title: string): string | null {
  const start = title && text.startsWith(title) ? title.length + 1 : 0;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? undefined : end).trim();
  if (!line || line.length > MAX_HEADING || !HEADING.test(line)) return null;
  const name = leadingOrg(line);
  return name ? onceIfDoubled(name) : null;
}

// A result told as one sentence opens with whose project it was: "某区住房和城乡建设局的某工程
// (项目编号：…)于…开标，…确定某公司为中标人".
const OWNER_OF_PROJECT = /^([^\n，。,;；:：的]{4,40})的[^\n，。,;；]{2,80}?(?:项目|工程|采购|服务)/u;

function ownerOfProject(text: string, title: string): string | null {
  const start = title && text.startsWith(title) ? title.length + 1 : 0;
  const m = OWNER_OF_PROJECT.exec(text.slice(start, start + MAX_HEADING * 2).trimStart());
  if (!m || AGENCY_WORDS.test(m[1])) return null;
  const name = readOrgAt(m[1], 0, 'any');
  return name === m[1].trim() ? name : null;
}

// A result or a change may first cite its grounds, near its start: "根据…招标文件的规定，某公司的某工程中标
// 候选人公示已经结束", "依据《…》有关规定，某医院拟对某合同部分条款进行变更". A narrow page may wrap the
// owner and 的 onto lines of their own. Said in the body, it outranks the name a title opens with (an
// older name of the same body, a hall or a site).
const GROUNDS = /(?:根据|依据)[^，。,;；\n]{2,80}?(?:规定|要求)\s*[，,]\s*/u;
const GROUNDS_WITHIN = 300;
const WRAPPED_OF = /\s*\n\s*(?=的)|(?<=的)\s*\n\s*/gu;
// "某医院拟对…进行变更": the body that acts on its own purchase.
const ACTS_ON = /^([^\n，。,;；:：的]{4,40}?)(?:拟|将|决定)对/u;

function groundsOwner(text: string, title: string): string | null {
  const start = title && text.startsWith(title) ? title.length + 1 : 0;
  const grounds = GROUNDS.exec(text.slice(start, start + GROUNDS_WITHIN));
  if (!grounds) return null;
  const after = text.slice(start + grounds.index + grounds[0].length, start + GROUNDS_WITHIN + MAX_HEADING * 2);
  const acts = ACTS_ON.exec(after);
  const name = acts && !AGENCY_WORDS.test(acts[1]) ? readOrgAt(acts[1], 0, 'any') : null;
  if (acts && name === acts[1].trim()) return name;
  return ownerOfProject(after.replace(WRAPPED_OF, ''), '');
}

// A notice ends with its signer and date: "某县水务局\n2027年3月1日". The agency signs too, so a
// name with an agency's words is not taken; an approval or a press report is signed by the
// authority or the paper, never the buyer.
// Re-publishers print the date with its figures left out ("某管委会 年月日") and add page links below.
const SIGNATURE =
  /(?:^|\n|[。！])\s*([^\n。]{4,40}?)(?:\s*\n+\s*|[ \t\u3000]+)(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}|年\s*月)\s*日\s*$/u;
const SIGNATURE_TAIL_CHARS = 200;
const PAGE_LINKS = /(?:\n[ \t]*(?:快捷阅读|快捷閱讀|打印本页|关闭窗口|返回顶部|【打印】|【关闭】)[ \t]*)+$/u;
// A village's or township's notice may add who to call below its signature: "监督电话：…", "联系人：…".
const CONTACT_LINES = /(?:\n[ \t]*(?:监督|举报|联系|咨询|投诉)(?:电话|人|方式)[ \t]*[:：][^\n]{0,40})+$/u;

function signedBy(text: string): string | null {
  const m = SIGNATURE.exec(text.trimEnd().replace(PAGE_LINKS, '').replace(CONTACT_LINES, '').slice(-SIGNATURE_TAIL_CHARS).trimEnd());
  if (!m || AGENCY_WORDS.test(m[1])) return null;
  const name = readOrgAt(m[1], 0, 'any');
  return name && name === m[1].trim() ? name : null;
}
