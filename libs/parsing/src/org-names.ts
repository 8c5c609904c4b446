import { suffixFirstMatches, type SuffixFirstScan } from '@app/text';
import { ROLE_WORDS } from './consortium-roles';
import { dropLevelNote } from './budget-level';
import { dropLeadingLot, dropLotNote } from './lot-note';
import { dropPlaceNote } from './place-note';
import { dropRoadSeatNote } from './road-seat-note';
import { bracketedNamePart } from './bracketed-name-part';
import { dropOfficeNote } from './office-note';
import { dropAgentRoleNote } from './agent-role-note';
import { dropSizeNote } from './size-note';
import { committeeDepartment } from './committee-department';
import { SERVICE_TAKER_REPEATED, SOCIAL_ORG_SUFFIX } from './social-service-purchase';

// Names of organisations as notices write them: a place, a brand or a purpose, then a suffix
// that says what kind of body it is. Buyers are any body; winners and agencies are suppliers.
// Sole traders win small purchases under a shop's name: 某某汽修店, 某某五金店, 某某大药房; sign and
// print shops as a 部: 某某广告制作部, 某某图文部, 某某印刷部.
// A 网上超市 (电子超市) is the platform a purchase is made on, never a shop that won it.
// A sole proprietorship or a partnership registers under its legal form: 某某印刷个人独资企业, 某某合伙企业.
// A branch of a firm or an institute bids in its own name, the parent's followed by 分院 or 分所:
// 某某研究院有限公司某某分院, 某某会计师事务所(特殊普通合伙)某某分所.
// A company's station or outlet trades under the company's name followed by its own: 某某石油有限公司
// 某某加油站, 某某证券股份有限公司某某营业部. After a company only, so a bare 加油站 is no supplier.
// Taiwan's small firms trade as 行 or 社: 某某工程行, 某某企业社 (商行 on the mainland).
// Its small building contractors register as 土木包工業 (包工业 once converted): 某某土木包工業.
// A rural credit cooperative (某县农村信用社, 某县农村信用合作联社) wins deposits of public funds.
// A firm's division may bid under the firm's name and its own (某某科技有限公司某某事业部), after a
// company only, as its outlets do; a Japanese firm's name ends in its legal form 株式会社.
// A social organisation's 服务社 (social-service-purchase.ts).
const SUPPLIER_SUFFIX = String.raw`(?:${SOCIAL_ORG_SUFFIX}|有限责任公司|股份有限公司|有限公司|分公司|公司|集团|研究院|设计院|研究所|事务所|分院|分所|(?:个人独资|合伙)企业|合作社(?:联合社)?|信用(?:合作)?(?:联)?社|工作室|包工业|经营部|门市部|(?:工程|装饰|装修|维修|修理|汽修|服务|制作|图文|印刷|广告)部|商行|(?:工程|企业|实业|贸易|机电|电器|水电)(?:行|社)|商店|(?:五金|汽修|修理|维修|便利|专卖|批发|配件|电器|家电|建材|文具|百货|药)店|(?:大)?药房|(?<!网上|电子)超市|家庭农场|(?:种植|养殖|苗木|花木)场|苗圃|厂(?![房区址家商])|联合体|设计研究总院|株式会社|(?<=公司[\p{Script=Han}0-9]{1,12})(?:加油加气站|加油站|加气站|充电站|营业部|营业厅|分店|门店|事业部))`;
// Road and railway units are 段: 公路管理段, 工务段 (a bare 段 would take 第一标段). State farms and
// forests (林场, 农场), parks, reservoirs, 气象台/电视台, 党校 and 监狱 buy too (a bare 台 or 场 would
// take 平台, 市场). Banks buy through their branches: 某银行股份有限公司某省分行 ends at 分行, not at 公司.
// A hospital's campus (某医院某院区) and a school's (某大学某校区) end at 院区/校区, not at their 院/区.
// A university's 分校 in another city (某大学某地分校) is a school of its own and ends at 分校, not at
// 大学; a township's 学区 (某县某镇学区), the office that runs its village schools, buys in its own name.
// A railway bureau buys through its depots (某局集团有限公司某车务段, 机务段, 车辆段, 房建段, 客运段), an
// energy group through its mines and fields (某煤业有限责任公司某煤矿, 某露天矿, 某矿井, 某作业区): the
// name ends at the unit, not at the group's 公司. An oil or gas field buys through its 作业区
// (某油田某作业区) as a mine does.
// A 兵团 regiment (团场) buys in its own name, its division then its number and 团 (第八师一四三团, 第一师十团,
// 农六师101团): 团 counts only there, so 社团, 集团's parts or 第三十一团 of some other body do not.
// Grain reserves buy through their depots (某直属库有限公司某分库, 某粮食储备库, 某粮库) and seismology
// through its observatories (某地震局某地震台): the name ends at the depot or the 台, not at the parent.
// Only these 库 and 台 count, so 数据库, 专家库, 平台 and 看台 do not end a name.
// A 工作组 sent to work for a place buys in its own name (某市对口帮扶某县工作组, 某省援藏工作队某县工作组).
const ANY_BODY_SUFFIX = String.raw`(?:${SUPPLIER_SUFFIX.slice(3, -1)}|管理段|养护段|(?:工务|电务|供电|车务|机务|车辆|房建|客运|货运|桥工|通信|水电|综合维修|工电)段|(?:煤|铁|铜|金|露天|选)矿|矿井|(?<=(?:公司|油田|气田)[\p{Script=Han}0-9]{1,12})作业区|(?<=师(?:[一二三四五六七八九十零〇]{1,4}|\d{1,3}))团|(?<=师\p{Script=Han}{1,6}[一二三四五六七八九十])场|党校|监狱|气象台|地震台|水文台|电视台|电台|直属库|分库|储备库|粮库|林场|农场|牧场|渔场|公园|水库|海关|酒店|分行|支行|银行|委员会|人民政府|政府|办事处|管理局|局|委|办公室|办|厅|署|中心|医院|卫生院|院区|校区|分校|学区|大学|学院|学校|小学校|中学校|小学|中学|幼儿园|学校|研究会|协会|总会|秘书处|工作组|馆|院|所|站|处|队|社|会|部)`;

// A name in Latin letters ends in a legal form, in either case; commas may stand inside it
// ("Beta Co., Ltd.", "BETA CO.,LTD.").
const LATIN_ORG =
  /^[A-Z][A-Za-z0-9&'.-]{0,30}(?:,? [A-Za-z0-9&'.()-]{1,30}){0,8}?,? (?:GmbH(?: & Co\. KG)?|AG|SE|S\.A\.|S\.p\.A\.|S\.r\.l\.|SAS|B\.V\.|N\.V\.|A\/S|AB|Oy|K\.K\.|Inc\.|Inc|Corp\.|Corporation|Co\., ?Ltd\.?|Co\. ?Ltd\.?|Pte\.? Ltd\.?|Pty\.? Ltd\.?|Ltd\.?|Limited|LLC|PLC|plc|CO\., ?LTD\.?|CO\. ?LTD\.?|LTD\.?|LIMITED|INC\.?|CORP\.?|CORPORATION|GMBH)(?![A-Za-z])/u;

const HAN_NAME_AFTER = /^\s*\((\p{Script=Han}[^()\n]{1,40})\)/u;

/** A run that may be (part of) a name: CJK, Latin, digits, brackets, masks. */
const NAME_CHARS = String.raw`[\p{Script=Han}A-Za-z0-9()·*]`;

export type OrgKind = 'supplier' | 'any';

// What ends a value: the next field's label, clause punctuation, a line break. A bank account
// (开户银行) after a buyer is its own field, not a name that ends in 银行. 质量 opens a field
// ("质量：合格") except inside a body's name (质量检测中心, 质量技术监督局, 质量监督站); 项目经理 opens
// one except in 项目经理部, the site office a contractor buys through. A table flattened into one line
// ("项目法人 某水利局 招标代理 某咨询公司") sets the agency's label between single spaces after the buyer.
const STOP_LABEL =
  /(?:地址|联系人|联系电话|联系方式|电话|邮编|传真|邮箱|统一社会信用代码|社会信用代码|信用代码|统一编号|组织机构代码|法定代表人|项目名称|工程名称|中标(?:\(成交\))?(?:金额|价格?)|成交(?:金额|价格?)|投标报价|报价|评标|得分|排名|中标人|中标候选人|第[二三四五2-5]名|第[二三2-3]中标候选人|代理机构|(?:采购|招标)代理(?:人|单位)?[:：]|联系|开户(?:银行|行)|银行账号|项目经理(?!部)|总监|资质|工期|质量(?![检监技认])|备注|名称|品牌|型号|数量|单价|\d{1,2}[、.](?=\p{Script=Han})|[ \t](?:招标|采购)代理(?:机构|人|单位)?[ \t])/u;
// A group-chat summary splits its fields by a slash between spaces ("采购人：某办事处 / 成交供应商：某公司").
const VALUE_END = /[\n，,。;；|\t!！?？]|\s{2,}|[ \t][/／][ \t]/u;
// "某某建设有限公司 某某市政工程有限公司 某某路桥有限公司": names of a flattened row split by one space
// each. A PDF's stray spaces fall inside a name, never right after its legal form with a whole
// firm's name behind them (a branch after its parent ends in 分公司, not in 有限公司).
const NEXT_FIRM = /(?<=有限公司|有限责任公司|股份公司)[ \t]+(?=[^\s]{2,40}?(?:有限公司|有限责任公司|股份公司)(?:\s|$))/u;
const PLACEHOLDER = /^(?:\/|无|见|详见|略|\(略\)|同上|暂无|待定|-+)$|^[*\s]+$/u;

/**
 * The organisation named at `from` (after a label): filler skipped (":", "为", a line break when
 * the label ends its line), the value cut at the next field or punctuation, then trimmed to its
 * last organisation suffix ("某某有限公司苏州工业园区…" → "某某有限公司"). Null for placeholders.
 */
export function readOrgAt(text: string, from: number, kind: OrgKind): string | null {
  const window = text
    .slice(from, from + 200)
    // "建设单位(或招标人):", "(甲方)", "(单位章)": notes on the label, not the value; "【成交供应商】某公司":
    // the bracket that closes a label; "中标人(Successful Bidder):": the label's English. A "(略)" there is
    // no note: it is the value, masked by a site that hides names, and the line below is not the name.
    .replace(/^(?:\s*\((?!略\))(?:[^()\n]{0,8}|[A-Za-z][A-Za-z .,'&/-]{2,40})\))?[\s:：=|为是】］]*/u, '')
    // "采购人信息\n名称：某局", "单位名称 某公司": the value follows its own 名称; "中标供应商信息：某公司"
    // its own 信息.
    .replace(/^(?:单位)?名称[\s:：|]*|^信息\s*[:：]\s*/u, '')
    // "中标候选人 1 某公司": a row number of a flattened table stands before the name.
    .replace(/^\d{1,2}(?:\s+|[、.]\s*)(?=\p{Script=Han})/u, '')
    // "中标供应商：91510100MA6…某公司": a unified social credit code written right before the name.
    .replace(/^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y*]{9}[0-9A-HJ-NP-RTUW-Y*X]\s*(?=\p{Script=Han})/u, '')
    // "中标供应商及中标金额：", "入围供应商及优惠率：": the label goes on to name what follows the names.
    .replace(/^及[^\s:：\n]{1,10}[:：]\s*/u, '')
    // "第一名:中标候选人某公司", "采购人:某局": the label repeated in front of the name (also under a
    // heading: "遴选结果：\n中选单位：某公司", "遴选结果：\n入选单位：某公司"); after "中选人及
    // 份额：" the next line opens with the first one's own ranked label ("第一中选人：某公司"); a firm chosen
    // by its kind under such a heading ("中选律师事务所：某律师事务所"); the repeated label may be numbered
    // in words before its colon ("入围结果：\n入围供应商一：某公司\n入围供应商二：…").
    .replace(
      /^(?:第[一1])?(?:中标候选人|中标人|成交人|成交供应商|中标供应商|中选人|成交候选人|中选候选人|(?:中标|成交|中选)单位|中选供应商|(?:入围|入选)(?:人|供应商|单位|企业|机构))(?:[一二三四五六七八九十]{1,2}(?=[ \t]*[:：]))?[\s:：]*|^(?:中标|成交|中选|入围|入选)(?:(?:律师|会计师|税务师|造价师|资产评估)?事务所|保险(?:公司|机构)|银行)[\s:：]+|^(?:第[一1]名|采购人|招标人)[\s:：]*/u,
      '',
    )
    // "遴选结果：\n承接机构：某中心": a 承接主体 label repeated under a heading (social-service-purchase.ts).
    .replace(SERVICE_TAKER_REPEATED, '')
    // A bracket that only says 略 (or only asterisks) is the masked name itself, not a note before one.
    .replace(/^\((?![*＊\s]*略[*＊\s]*\)|[*＊]+\))[^()\n]{0,8}\)\s*/u, '');
  // International tenders may name a foreign bidder in its own letters only: "Alpha Optics GmbH".
  // A bilingual notice may write the English name first and its own Chinese name in brackets after it:
  // "Beta Co., Ltd.(贝塔有限公司)". The Chinese name is the one the rest of the notice goes by.
  const latin = LATIN_ORG.exec(window);
  if (latin) {
    const own = HAN_NAME_AFTER.exec(window.slice(latin[0].length));
    return (own && trimToSuffix(own[1], kind)) || latin[0];
  }
  let value = window.split(VALUE_END)[0].split(NEXT_FIRM)[0].trim();
  // "某项目（建设单位：某公司）规划方案已报我局": the label stood inside a bracket, and the bracket that
  // closes it, never opened in the value, ends the name.
  const unopened = value.search(/[)）]/u);
  if (unopened > 0 && !/[(（]/u.test(value.slice(0, unopened))) value = value.slice(0, unopened);
  // "某公司(联合体牵头人:某公司;成员:…": a note opened after the name, cut off by its own list.
  const open = value.lastIndexOf('(');
  // "某公司(北京市朝阳区某路5号院，010-…)": an address or phone in brackets after the name, cut off by its
  // comma, is no part of the name either (a figure never stands in an unclosed bracket of a name).
  if (open > 0 && !value.includes(')', open) && /[:：]|\d/u.test(value.slice(open))) value = value.slice(0, open);
  const stop = STOP_LABEL.exec(value);
  if (stop && stop.index > 0) value = value.slice(0, stop.index);
  else if (stop) return null;
  // "(盖章)", and a consortium member's role ("(联合体牵头人)", the leader as "(主体)"), are notes on the name.
  // "A(牵头人)、B(成员)联合体": the word after the last member names the group, not that member.
  // The leader and members may be called 牵头方/牵头单位 (or just 牵头) and 成员方/成员单位 as well, and a
  // member beside a 主办方 its 协办方 (or 主办 and 协办 alone).
  value = value.replace(GROUP_AFTER_ROLE, '').trim();
  value = value.replace(SEAL_OR_ROLE_NOTE, '').trim();
  value = dropNameNote(value);
  if (!value || PLACEHOLDER.test(value) || value.length < 2) return null;
  // "A包 某公司(小微企业) 128,600.00": the note stood inside the value, before what the suffix cuts off.
  const trimmed = trimToSuffix(value, kind);
  // A rate or sum field after the name ("；中标下浮率：18.5%（以集团基准价为准）") ends at a suffix word in
  // its note: no name holds a field's colon before a figure.
  if (trimmed && FIGURE_FIELD.test(trimmed)) return null;
  return trimmed && (dropNameNote(trimmed) || trimmed);
}

const FIGURE_FIELD = /[:：]\s*[\d¥￥]/u;

const GROUP_AFTER_ROLE = new RegExp(String.raw`(?<=\(${ROLE_WORDS}\))\s*(?:组成的)?联合体$`, 'u');
const SEAL_OR_ROLE_NOTE = new RegExp(String.raw`\((?:盖章|签章|公章|联合体|${ROLE_WORDS})\)$`, 'u');

// A 询价 or small works may be won by a person, noted as one: "叶某某(自然人)", "张某(个人)". Such a
// name has no suffix to find it by; the note says it is a bidder's name, and is no part of it.
// An identity card's number in the note marks a person as well ("王某(身份证号：3301…)").
// Both may be given in one note: "张某(个人，身份证号6205…1234)".
// A village's small works name the person's crew in the note: "程某(个人施工队)", "王某(个体施工队)".
// A lease let to a person may give only the number's last four digits ("身份证号后四位：3517").
const ID_CARD_NOTE = String.raw`(?:居民)?身份证(?:号码?)?(?:后[四4]位[:：]?\s*[\dXx]{4}|[:：]?\s*[\dXx*]{6,18})`;
const PERSON_NOTED = new RegExp(
  String.raw`^[\s:：=为]*(\p{Script=Han}{2,4})\s*\((?:(?:自然人|个人|个体)(?:施工队|包工队)?(?:[，,、；;]\s*${ID_CARD_NOTE})?|${ID_CARD_NOTE})\)`,
  'u',
);

/** The person named at `from` with a 自然人/个人 note, without the note; else null. */
export function personAt(text: string, from: number): string | null {
  return PERSON_NOTED.exec(text.slice(from, from + 40))?.[1] ?? null;
}

// Notes in brackets after a name that are not part of it: its bid, rate or share ("某公司(15%)",
// "某公司(工时费优惠率18%)", "某公司(8.5万元)", an insurer's "(商业险折扣系数0.65)"), the name it had
// before (原名…, 曾用名…, "(原某某有限公司)"), the short name it goes by below ("(以下简称“某某”)"), a
// sole trader's legal form (个体工商户), a sole proprietorship's form noted after a name that already
// ends like a firm's (某汽修厂(个人独资企业); 某某印刷(个人独资企业) keeps it, the form is its only
// suffix), the size class a government purchase notes for its small-business policy (小微企业, 监狱企业)
// (several of them joined: 民营企业、中小企业) or the kind of body or ownership (事业单位, 国有企业, 社会团体;
// foreign capital too, as 外资 hospitals and 中外合作 universities note it: 外商独资医疗机构, 中外合资, 中外合作办学,
// and a 港资 or 澳资 buyer in a mainland city: 澳门投资企业, 港商独资, "(香港某集团全资附属公司)" naming its parent),
// its listing (上市公司, 证券代码…, 股票代码…), its tax status (一般纳税人), where it is registered (注册地：…),
// a labour firm's line of business (劳务派遣), what a dealer supplies ("(代理：凝血类试剂)", "(供货范围：…)"),
// the person it puts in charge (项目负责人：…), an insurer's
// share of a policy written by several (共保, 主承保), the role a body plays in a group it leads
// ("(某县医共体牵头单位)"), what it is to the goods ("(原厂授权的唯一供应商)", "(独家代理商)", "(原厂商)",
// "(原厂授权服务商)": no registered name ends so), and where it sits ("某化工有限公司(某县某工业园区)",
// "(某县某镇)", a street address "(住所:某市某路8号)", "(某市某区某大道136号)", a long road's part
// "(某市某区某中路二段98号)", a ring road's "(某市某区东二环二段88号)"), none of which the
// registered name carries. A selection's score noted after each name ("(综合得分92.5分)") is no part of it either,
// nor is a rate, also one in per mille of some base ("(承销费率:发行规模的0.8‰)"),
// nor is a word on another candidate, by its rank, giving up its place ("(第一名放弃)"), nor a rank given
// as a number ("(排序1)"). (A bare "(放弃)" marks the name it follows as withdrawn, and is read so.)
// A change to a result marks a field it keeps as it was: "(不变)", "(未变更)", "(同原公告)".
// Legal forms that are part of a name, "(普通合伙)", "(特殊普通合伙)", stay.
const NAME_NOTE =
  /\((?:(?:维持|保持)?不变|未(?:作)?(?:变更|变化|更正|调整)|无(?:变更|变化|更正|调整)|同原(?:公告|公示)?|[\d.,]{1,20}\s*(?:%|万?元)?|(?:综合|评审|技术|商务|最终|总)?(?:得分|评分|分数)\s*[:：为]?\s*[\d.]{1,6}\s*分?|[^()\d]{1,12}[\d.,]{1,20}\s*(?:%|万?元)|[^()\d]{0,12}(?:系数|折扣率?|费率|优惠率|下浮率)\s*[:：为]?\s*(?:[^()\d]{1,8}的)?[\d.,]{1,20}\s*(?:%|‰|折)?|(?:原|曾用)(?:企业|公司|单位)?名称?[:：为]?[^()]{2,40}|原[^()]{2,38}(?:公司|厂|院|所|社)|(?:证券|股票)(?:代码|简称)[^()]{0,20}|劳务派遣|(?:项目|技术)?负责人[:：][^()]{1,40}|(?:代理|经销|供应|供货|配送)(?:产品|品种|品目|范围|类别|内容)?[:：][^()]{1,40}|个体(?:工商)?户|个体经营|(?<=(?:厂|店|部|行|公司|社|室|房|场|圃|所)\()(?:个人)?独资(?:企业)?|(?:以下)?简称[^()]{1,20}|(?:(?:中小|小微|中型|小型|微型|大型|监狱|国有(?:控股|独资)?|民营|私营|集体)企业[、,，/]?)+|上市公司|(?:一般|小规模)纳税人|(?:注册地|所在地)[:：]?[^()]{2,30}|残疾人福利性单位|(?:共保|主承保|首席承保)(?:人|方|单位)?|原?第[一二三1-3](?:名|(?:中标|成交|中选)?候选人)[^()]{0,8}放弃[^()]{0,8}|(?:排序|排名|名次)[:：]?\s*[1-9]|事业单位|社会团体|民办非企业单位?|(?:外商独资|外商投资|外资|中外合资|中外合作|港澳台(?:独资|合资)?|(?:香港|澳门|台湾|港澳|港|澳|台)(?:商|资)?(?:独资|合资|投资))(?:经营|办学)?(?:企业|医疗机构|医院|学校|机构|单位)?|[^()]{2,24}(?:全资|控股)(?:附属|子)(?:公司|企业)|[^()]{0,16}牵头(?:单位|医院)|[^()]{0,20}(?:供应商|代理商|经销商|分销商|服务商|厂商|生产厂家|制造商)|原厂|\p{Script=Han}{1,14}(?:县|区|旗|镇|乡|街道|园区|开发区)|\p{Script=Han}{1,8}[县旗]\p{Script=Han}{1,8}(?:山|岭|湖|岛|林区|景区|水库)|(?:隶属(?:于)?|归属|主管(?:部门|单位)?[:：]?)\p{Script=Han}{2,30}|(?:住所|住址|(?:注册|公司|办公)?地址)[:：][^()]{2,50}|[^()]{2,40}[路街道巷弄环](?:[一二三四五六七八九十\d]{1,3}段)?\d{1,5}(?:-\d{1,5})?号[^()]{0,12})\)$/u;

/** A name without a trailing note that is not part of it (a bid, a rate, a former name, a lot). */
export function dropNameNote(name: string): string {
  return dropAgentRoleNote(
    dropOfficeNote(dropRoadSeatNote(dropPlaceNote(dropLotNote(dropLevelNote(dropSizeNote(dropLeadingLot(name))).replace(NAME_NOTE, ''))))),
  ).trim();
}

// Built once: these run for every labelled value of every bulletin.
const suffixEnd = (suffix: string, level = '本级(?:行政)?') => new RegExp(`${suffix}(?:${level})?(?:\\([^()]{1,40}\\))?`, 'gu');
const SUPPLIER_END = suffixEnd(SUPPLIER_SUFFIX);
// A party committee or a government office buys for its own staff as 某委员会机关 or 某局机关, a unit
// with its own budget, so the 机关 stays; the words that merely start with it (机关事务管理局, 机关服务中心,
// 机关工委, 机关幼儿园, 机关党委) are bodies of their own and end at their own suffix.
const ANY_BODY_END = suffixEnd(ANY_BODY_SUFFIX, '本级(?:行政)?|机关(?!事务|服务|工委|幼儿园|党委|食堂)');

// "某分公司在本公司会议室组织了评审": 本公司 (我院, 该单位) is the firm speaking of itself, after a
// preposition; the name ends before it, not at the pronoun's 公司.
const SELF_REFERENCE = /(?:在|于|由|向|经|对)(?:本|我|该)(?:公司|单位|院|局|校|司)/u;

function trimToSuffix(value: string, kind: OrgKind): string | null {
  const suffix = kind === 'supplier' ? SUPPLIER_END : ANY_BODY_END;
  const self = SELF_REFERENCE.exec(value);
  if (self && self.index > 0) value = value.slice(0, self.index);
  let end = -1;
  for (const m of value.matchAll(suffix)) end = m.index + m[0].length;
  // Masked names ("****管理局", "(略)") are kept as written; other values need a suffix.
  // A list number before the next field ("(2)建设单位地址", masked too: "(*)") ends a masked value.
  if (end < 0) {
    // So does a site's note in brackets after a space ("*** （以上为摘要…）"): it is no part of the name.
    const masked = value
      .replace(/\((?:\d{1,2}|[一二三四五六七八九十]{1,2}|\*)\)\p{Script=Han}.*$/u, '')
      .replace(/\s+\((?!略|\*)\p{Script=Han}.*$/u, '');
    // A value masked whole ("***") names no one.
    if (PLACEHOLDER.test(masked.trim())) return null;
    return kind === 'any' && masked.length <= 30 && /\*|略/u.test(masked) ? masked : null;
  }
  let name = value.slice(0, end);
  // A bank's branch bids in its own name: 某银行股份有限公司 + 某某支行 (a winner that holds public funds).
  if (kind === 'supplier' && /银行/u.test(name)) name += matchAt(BANK_BRANCH, value, end);
  // "某文化宫(某学院、某中心)": a bracket opened in the name closes it.
  const close = value.indexOf(')', end);
  if (name.split('(').length > name.split(')').length && close >= 0 && close - end <= 20) name = value.slice(0, close + 1);
  // Hong Kong departments are often three characters: 水务署, 消防处.
  return (name.length >= 4 || /^\p{Script=Han}{2}[署处]$/u.test(name)) && name.length <= 60 ? name : null;
}

// A bracket after the suffix is part of the name ("某公司(普通合伙)"), unless it holds a bid: "某公司(¥12,000.00)".
// Exported for the test that holds the suffix-first scan to a plain global scan.
export const SUPPLIER_NAME: SuffixFirstScan = {
  name: new RegExp(`\\p{Script=Han}${NAME_CHARS}{1,40}?${SUPPLIER_SUFFIX}(?:\\((?![¥￥\\d])[^()]{1,12}\\))?`, 'uy'),
  suffix: new RegExp(SUPPLIER_SUFFIX, 'gu'),
  reach: 41,
};
// Sticky: tried right where a name ends, without copying the rest of the text.
const NAME_MORE = new RegExp(
  `(?:股份)?有限(?:责任)?公司|${NAME_CHARS}{1,14}?分(?:公司|院|厂|所)|[\\p{Script=Han}0-9]{1,12}?(?:加油加气站|加油站|加气站|充电站|营业部|营业厅|分店|门店|事业部)`,
  'uy',
);
// A bank's branch after the bank's registered name: 某银行股份有限公司 + 某市分行 / 某某支行.
const BANK_BRANCH = /[\p{Script=Han}0-9]{1,12}?(?:分行|支行)/uy;
// A group's regional company: 某某集团 + 绍兴 + 有限公司.
const GROUP_SUBSIDIARY = /\p{Script=Han}{2,8}?(?:有限责任公司|股份有限公司|有限公司)/uy;

/** What a sticky pattern matches exactly at `at`, or ''. */
function matchAt(sticky: RegExp, text: string, at: number): string {
  sticky.lastIndex = at;
  return sticky.exec(text)?.[0] ?? '';
}

/** Every supplier-like name in a piece of text, in order, e.g. cells of a result table. */
export function supplierNamesIn(text: string): string[] {
  return [...supplierNames(text)];
}

/**
 * supplierNamesIn one name at a time, for readers that stop at the first name they want: the
 * name pattern is among the dearest the parser runs, and a whole body need not be scanned for it.
 */
export function* supplierNames(text: string): Generator<string> {
  let taken = 0;
  for (const m of suffixFirstMatches(text, SUPPLIER_NAME)) {
    // The tail added to the last name ("事务所" + "有限公司") is not a name of its own.
    if (m.index < taken) continue;
    // A branch or a group's company continues the name: 某集团有限公司某分公司.
    // Twice: 某集团 + 有限公司 + 某分公司.
    const end = m.index + m[0].length;
    const more =
      bracketedNamePart(text, end, m[0]) ||
      matchAt(NAME_MORE, text, end) ||
      (/银行/u.test(m[0]) ? matchAt(BANK_BRANCH, text, end) : '') ||
      (m[0].endsWith('集团') ? matchAt(GROUP_SUBSIDIARY, text, end) : '');
    const further = more ? matchAt(NAME_MORE, text, end + more.length) : '';
    taken = end + more.length + further.length;
    const name = dropNameNote(cleanStart(m[0] + more + further));
    if (name.length >= 4 && !POINTS_AT_LIST.test(name)) yield name;
  }
}

// "确定以下企业为集团…": 以下, 下列, 上述 point at names listed elsewhere; no firm's name opens with them,
// so a stretch that does (以下企业为集团, 上述公司) is a sentence that merely ends in a suffix.
const POINTS_AT_LIST = /^(?:以下|下列|如下|上述|前述)/u;

// Without a label, a name found by its suffix may start too early: "包1某公司", "货物类(某公司",
// "服务要求某公司", "某医院某公司", a title's "关于某公司中标…". Those leading pieces are never part
// of a supplier's name.
// A ranking run into one sentence puts each rank right before its name: "第一名某公司，第二名某公司".
const LEADING_JUNK =
  /^(?:第[一二三四五六七八九十\d]{1,2}名(?:为|是)?|\p{Script=Han}{0,3}?\d+(?![\d号路期栋楼层线段标包座幢街巷])|(?:元|受|由|为|及|和|与|关于|服务要求|要求|货物类|服务类|工程类)+)/u;
// "评审小组推荐某公司为成交供应商": the words up to the verb that names the winner; "以人民币…元成交给
// 某公司", "授予某公司": the verb that hands the contract over, the amount before it; "，委托某招标
// 代理有限公司进行公开招标": the verb that hands the procedure to an agency.
const NAMING_VERB = /^.*?(?:确定|选定|推荐|同意|成交给|授标给|授予|委托)(?=\p{Script=Han}{4})/u;
// "确定某某巷道硬化工程由某公司承建", "该工程由某公司承包", "本次采购由某公司提供": the work comes first, then 由 and who does it.
const WORK_BY = /^\p{Script=Han}{1,30}?(?:工程|项目|标段|任务|服务|采购)由(?=\p{Script=Han}{4})/u;
// Flattened tables run header words and item text into the row: "服务范围服务要求1某公司",
// "课桌椅 宿舍床 1 某公司". A lone row number (not 第N, not part of a longer figure) ends that run.
// A number counting something inside the name (1号线, 3期) is not a row number.
const ROW_NUMBER_RUN = /^.*?(?<![第\dA-Za-z.])\d{1,2}(?![\d号路期栋楼层线段标包座幢街巷])\s*(?=\p{Script=Han}{4})/u;
const INNER_BODY = /^.*?(?:医院|大学|学校|管理局|委员会|人民政府)(?=\p{Script=Han}{4,})/u;

// "办公家具采购宁德市某某家具有限公司", "物业管理服务福建某某物业有限公司": an item's name, ended by
// what kind of purchase it is, run into a supplier whose name starts with its place (a name with
// its 省/市/县 word, or a province written short, as most company names begin).
const PROVINCE_SHORT =
  '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆';
const ITEM_BEFORE_PLACE = new RegExp(
  `^\\p{Script=Han}{2,16}?(?:采购|项目|服务|设备|用品|耗材|系统|标段|包件)(?=(?:${PROVINCE_SHORT})\\p{Script=Han}{4}|\\p{Script=Han}{1,5}?(?:省|市|县|区|州|盟|旗)\\p{Script=Han}{2})`,
  'u',
);

function cleanStart(name: string): string {
  let out = name;
  const open = out.lastIndexOf('(');
  if (open >= 0 && !out.slice(open).includes(')')) out = out.slice(open + 1);
  // "(图)某公司": a bracket closed before any opens in the name ends a note that stood before it.
  const close = out.indexOf(')');
  if (close >= 0 && !out.slice(0, close).includes('(')) out = out.slice(close + 1);
  out = out
    .replace(NAMING_VERB, '')
    .replace(WORK_BY, '')
    .replace(ROW_NUMBER_RUN, '')
    .replace(LEADING_JUNK, '')
    .replace(ITEM_BEFORE_PLACE, '');
  const inner = INNER_BODY.exec(out);
  return inner ? out.slice(inner[0].length) : out;
}

// Suffixes sure enough to end a name at the start of a title, where no label marks the name.
// Schools in 重庆 and elsewhere are named 某某中学校 or 某某小学校: the 校 is the name's, unless it opens a
// word of its own (中学校园, 中学校区, 中学校舍).
// A township's 学区 (某县某镇学区) heads its own titles; 学区房 and 学区划分 are words, not the office.
const TITLE_ORG_SUFFIX = String.raw`(?:委员会|人民政府|办事处|管理局|局|中心|医院|卫生院|保健院|大学|学院|学校|学区(?![房划])|[中小]学校(?![园区舍门内外服车医徽史庆训歌友风刊级际长本])|小学|中学|幼儿园|有限责任公司|股份有限公司|有限公司|公司|集团|研究院|研究所|总会|秘书处|博物馆|图书馆)`;
// A campus (某医院某院区) is where the work is, not a buyer of its own: the name stops at the hospital.
const TITLE_ORG_MORE =
  /^(?:本级(?:行政)?|(?:附属|第[一二三四五六七八九十]+)?\p{Script=Han}{0,8}?(?:医院|分公司|公司|分院|学院|研究所|大酒店))(?:\([^()]{1,20}\))?/u;
// An academy's field units buy for themselves and publish under the academy's name first:
// 中国林业科学研究院某某林业实验中心, 某省农业科学院某某试验站. A centre for research, experiments or
// tests is such a unit; a 数据中心 or 培训中心 after it is a building or a service, the work itself.
const ACADEMY = /(?:研究院|科学院)$/u;
const ACADEMY_UNIT = /^\p{Script=Han}{2,12}?(?:(?:实验|试验|研究|检测|监测)(?:中心|站)|(?:实验|试验)(?:场|基地))/u;
// A township's 中心卫生院, 中心小学 or 中心幼儿园 is one body: 中心 alone is not where its name stops.
const CENTRE_MORE = /^(?:卫生院|小学|中学|学校|幼儿园)/u;
const TITLE_ORG = new RegExp(`^\\p{Script=Han}${NAME_CHARS}{1,28}?${TITLE_ORG_SUFFIX}`, 'u');
const ALIAS_AFTER = new RegExp(`^\\(\\p{Script=Han}{2,16}?${TITLE_ORG_SUFFIX}\\)`, 'u');
const WINNER_IN_TITLE_BEFORE = /^(?:确定|拟定|选定)/u;
const OF_WINNER = /^的(?:中标|成交|中选|入围)/u;
const WINNER_IN_TITLE_AFTER = /^(?:\([^()]{1,20}\))?(?:中标|成交|中选|入围|为\p{Script=Han}{0,40}?(?:中标|成交|中选)(?:人|单位|供应商))/u;
// Agencies run tenders under their own name; the buyer is then somewhere else.
const AGENCY_WORDS = /招标|代理|咨询|项目管理|工程管理|造价|交易中心|采购中心/u;

/** The organisation a title opens with ("某市人民医院手术室设备采购公告" → 某市人民医院), or null. */
// "关于征集某公司…意见的公告", "关于公开征求某医院…意见": the call for comments comes before the buyer; so
// does an invitation to suppliers ("关于邀请供应商参加某学院…需求论证的公告").
const ABOUT = /^关于(?:公开)?(?:征集|征求|邀请(?:相关|潜在|有意向的?)?供应商参[加与])?/u;

// A department's name as a match of the same shape as the others that lengthen a title's name.
function wrapped(text: string | null): [string] | null {
  return text ? [text] : null;
}

export function leadingOrg(title: string): string | null {
  const m = TITLE_ORG.exec(title.replace(ABOUT, ''));
  if (!m || m[0].length < 4 || AGENCY_WORDS.test(m[0])) return null;
  const rest = title.replace(ABOUT, '').slice(m[0].length);
  // A lazy match stops at the first suffix: 某大学 of 某大学第一医院, 某市中心 of 某市中心医院.
  // A hospital named right after a hospital ("某市人民医院妇女儿童医院项目") is its branch, where the
  // work is: the body that buys is the first.
  const further = TITLE_ORG_MORE.exec(rest);
  const branchOfHospital = m[0].endsWith('医院') && further?.[0].endsWith('医院');
  const more =
    (branchOfHospital ? null : further) ??
    (m[0].endsWith('中心') ? CENTRE_MORE.exec(rest) : null) ??
    wrapped(committeeDepartment(m[0], rest)) ??
    (ACADEMY.test(m[0]) ? ACADEMY_UNIT.exec(rest) : null);
  const name = m[0] + (more?.[0] ?? '');
  // "关于某公司中标某工程的公示", "关于确定某公司为某项目中标人的公示", "关于某公司的中标公示": the
  // title names the winner.
  const after = rest.slice(more?.[0].length ?? 0);
  if (WINNER_IN_TITLE_BEFORE.test(name) || WINNER_IN_TITLE_AFTER.test(after) || (/^关于/u.test(title) && OF_WINNER.test(after)))
    return null;
  // "某大学附一院(某省立医院)": a bracket opened in the name closes it.
  const close = rest.indexOf(')');
  if (!more && name.split('(').length > name.split(')').length && close >= 0 && close <= 20) return name + rest.slice(0, close + 1);
  // "某市人民医院(某市第四医院)": the body's other name, in brackets after it, is part of it.
  const alias = more ? null : ALIAS_AFTER.exec(rest);
  return alias ? name + alias[0] : name;
}
