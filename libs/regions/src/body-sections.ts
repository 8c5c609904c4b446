import { POOL_WINNERS_LABEL } from './pool-winners-section';

/** Parts of a normalised bulletin body, by how much they say about where the work is. */
export interface BodySections {
  /** Values of the buyer, project name and site labels (招标人：…, 建设地点：…). */
  key: string;
  /** Everything not about another party. */
  main: string;
  /** Agency, bidder and winner sections, venues and bank details. */
  otherParties: string;
}

// Labels whose value names the buyer, the project or its site. State firms name the site by
// what stands there: 电站地址, 厂区地址, 矿区地点, 现场地址; others say where it lies (项目所在地).
const KEY_LABEL =
  /(?:采购人|招标人|建设单位|项目单位|业主单位|采购单位|项目名称|工程名称|(?:项目|工程|建设|实施|服务|施工|交货|供货|配送|安装|电站|厂区|矿区|场站|现场)(?:地点|地址)|(?:项目|工程)所在地)(?:名称|信息)?[:：|]+/g;
const KEY_VALUE_MAX = 40;
// Sections about other parties: the agency, bidders and winners, whose addresses are often in
// another city. A label such as 代理机构： or 中标候选人名称| starts one; it runs to the buyer
// (采购人, 采购单位, 招标单位 …) or contact label or a site label, at most 300 chars. (A heading such as 中标候选人公示 does not start one.)
// Excerpts run fields together without a colon: 供应商名称/供应商地址 and a 中标(成交)信息
// heading start a winner's section too. 招标代理： and 采购代理： name the agency as plainly as 代理机构：.
// A contract notice (合同公告) is published by its 甲方, the buyer; its 乙方 is the supplier or
// contractor, whose address is as often in another city as a winner's. The 乙方 section runs to
// the 甲方 as it would to the buyer.
// A works notice may name the site's 监理 (supervising engineer) or the 施工单位 beside the buyer: each
// is a firm of its own, often from another county, and its address says nothing of the site.
// A drug or device purchase (集中带量采购, 挂网, 配送遴选) names firms by their part: the (拟)中选企业 that
// won a product, its 生产企业 (生产厂家, 制造商) and their 生产地址 or 注册地址, the 配送企业 that delivers
// and the 投标企业 or 申报企业 that bid: all often in another province than the buyer.
// A ruling on a complaint or a 质疑 (or a works tender's 异议) names the supplier who complained (投诉人,
// 质疑人, 质疑供应商, 异议人) and the one whose award is contested (相关供应商): firms of their own, often
// from another city. The respondents (被投诉人: the buyer, its agency) end such a section.
const OTHER_PARTY_LABEL =
  /(?<!被)(?:投诉|质疑|异议)(?:人|供应商|单位)(?:名称)?[:：|]|相关供应商(?:名称)?[:：|]|(?:(?:拟)?中选(?:企业|厂家)|生产(?:企业|厂家|厂商|地址)|制造商|配送企业|(?:投标|申报)企业|注册地址)(?:名称|信息|全称)*[:：|]|(?:(?:招标|采购)代理(?=[:：|])|乙方(?:\([^()|]{0,8}\))?|代理(?:机构|公司|单位)|监理(?:单位|机构|人)|施工(?:单位|方)|中标(?:人|供应商|单位|候选人)|成交(?:人|供应商|单位)|投标人|供应商)(?:名称|信息|全称|地址|\(如有\))*[:：|]|供应商(?:名称|地址)|(?:中标|成交)(?:\(成交\))?信息/g;
// A framework's or a 定点 purchase's list of admitted suppliers is a winners' section too (pool-winners-section).
const OTHER_PARTY = new RegExp(`${OTHER_PARTY_LABEL.source}|${POOL_WINNERS_LABEL.source}`, 'g');
// The site of the work (交货地点：… in a winner's 主要标的信息) is not about the winner either.
// The site may be given by its street address (项目地址：某区某路199号) or as 项目所在地 as well as by 地点.
// A field list's next numbered item (…|五、采用单一来源方式的理由…|八、联系地址…) is no longer about the
// supplier named in an item before it.
// A notice signed at its foot by a 镇/乡 government, a 街道办事处 or a village body ("某县某镇人民政府",
// "某村村民委员会" on a line of its own) names its publisher there, not the party above it.
// So does a unit's signature over its date ("蚌埠市禹会区教育体育局|2033年10月8日"): a bureau, committee,
// centre, hospital or school on a line of its own, the next line a date.
// A university's or hospital's own page gives its own address at the foot by its kind (学校地址：,
// 医院地址：, 校址：) after the winners: that is the buyer's address again, not the winner's. A bare
// 单位地址 is not enough: an agency's contact block (单位名称：…|单位地址：…) uses it too. A university or
// hospital on more than one site names the one the purchase is for by its 校区地址 or 院区地址.
const SECTION_END =
  /被(?:投诉|质疑)(?:人|单位|方)|(?:学校|医院|学院|大学|卫生院|校区|院区)地址[:：|]|(?:院|校)址[:：|]|\|[^|:：]{2,24}?(?:局|委员会|中心|医院|卫生院|学校|中学|小学|幼儿园)(?=\|\d{4}年\d{1,2}月\d{1,2}日)|\|[一二三四五六七八九十]{1,2}、|\|[^|:：]{0,24}?(?:人民政府|村民委员会|居民委员会|办事处|经济合作社)[^|:：]{0,16}(?=\||$)|甲方(?:\([^()|]{0,8}\))?[:：|]|采购人|招标人|建设单位|采购单位|招标单位|项目联系|业主|(?:项目|工程|建设|实施|服务|施工|交货|供货|配送|安装)(?:地点|地址)[:：|]|(?:项目|工程)所在地[:：|]|(?:电站|厂区|矿区|场站|现场)(?:地点|地址)[:：|]/g;
const SECTION_MAX = 300;
// Among the respondents the agency is named by what it is (某招标咨询有限公司), not by its label:
// "被投诉人二：某招标咨询有限公司|地址：…" is its section; the buyer's stays in the main text. The agency's
// company name has been cut out of the text before (see AGENCY_COMPANY), leaving an empty value.
const RESPONDENT_AGENCY =
  /被(?:投诉|质疑)(?:人|单位|方)[一二三四五六1-6]?(?:名称)?[:：](?=\|\||[^|、，,]{0,30}?(?:招标|代理|咨询|项目管理|工程管理|造价))/g;
// A candidate's record table (业绩|单位名称|项目名称…, 奖项|单位名称|奖项及获奖项目名称…) lists its
// past work and awards, often in other cities, row after row: it runs to the next heading, the
// evaluation account or the buyer.
const BIDDER_RECORD = /(?:业绩|奖项)\|单位名称/g;
const RECORD_END = /采购人|招标人|建设单位|评标情况|评审情况|(?:^|\|)[一二三四五六七八九十]{1,2}、/g;
const RECORD_MAX = 2000;
// Venues (the trading centre, often in the provincial capital) and bank details name the place
// of a building or a bank, not of the work; they run to the end of their clause. So does a trading
// centre's address in brackets after its name (长沙市公共资源交易中心（长沙市岳麓区岳麓大道218号）), under
// whatever heading (地点：) it is given.
const VENUE =
  /(?:开标|评标|答辩|递交|开启|获取|领取|购买|发售|报名)[^|;；。:：]{0,8}?(?:地点|地址)|开户(?:银行|行)|户名|(?<=公共资源交易(?:服务)?中心)[(（]/g;
const CLAUSE_END = /[|;；。]/;
// A press item names the investor by its seat (总部位于深圳市南山区的某集团, 总部设于香港的…, 注册地在
// 杭州的…) beside the place it builds in: the seat, up to 的 or the next comma, is about another party.
const SEAT = /总部(?:位于|设在|设于|在)|注册地(?:位于|在|为)/g;
const SEAT_END = /[|;；。,，的]/;
const SEAT_MAX = 24;
const CLAUSE_MAX = 60;

/** Split a normalised body (line breaks already turned into `|`). */
export function bodySections(body: string): BodySections {
  const cuts: { start: number; end: number }[] = [];
  const lead = cutOffLead(body);
  if (lead > 0) cuts.push({ start: 0, end: lead });
  for (const m of body.matchAll(OTHER_PARTY)) cuts.push({ start: m.index, end: sectionEnd(body, m.index + m[0].length) });
  for (const m of body.matchAll(RESPONDENT_AGENCY)) cuts.push({ start: m.index, end: sectionEnd(body, m.index + m[0].length) });
  for (const m of body.matchAll(BIDDER_RECORD)) cuts.push({ start: m.index, end: recordEnd(body, m.index + m[0].length) });
  for (const m of body.matchAll(VENUE)) cuts.push({ start: m.index, end: clauseEnd(body, m.index + m[0].length, CLAUSE_MAX) });
  for (const m of body.matchAll(SEAT)) {
    const from = m.index + m[0].length;
    const stop = body.slice(from, from + SEAT_MAX).search(SEAT_END);
    cuts.push({ start: m.index, end: stop < 0 ? Math.min(body.length, from + SEAT_MAX) : from + stop });
  }
  cuts.sort((a, b) => a.start - b.start);
  let main = '';
  let otherParties = '';
  let from = 0;
  for (const cut of cuts) {
    if (cut.end <= from) continue;
    const start = Math.max(cut.start, from);
    main += body.slice(from, start) + '|';
    otherParties += body.slice(start, cut.end) + '|';
    from = cut.end;
  }
  main += body.slice(from);
  return { key: keyValues(main), main, otherParties };
}

// An excerpt that starts inside a later section ("…有限公司;五、中标信息…") runs text of unknown
// sections (often a bidder's name or address) before its first heading. That heading is not 一、.
const FIRST_HEADING = /(?:^|[^\p{Script=Han}\d])([一二三四五六七八九十]{1,2})、/u;
const LEAD_MAX = 200;

function cutOffLead(body: string): number {
  const m = FIRST_HEADING.exec(body.slice(0, LEAD_MAX + 4));
  if (!m || m[1] === '一') return 0;
  return m.index;
}

function keyValues(text: string): string {
  const values: string[] = [];
  for (const m of text.matchAll(KEY_LABEL)) {
    const from = m.index + m[0].length;
    values.push(text.slice(from, clauseEnd(text, from, KEY_VALUE_MAX)));
  }
  return values.join('|');
}

function sectionEnd(body: string, from: number): number {
  SECTION_END.lastIndex = from;
  return Math.min(SECTION_END.exec(body)?.index ?? body.length, from + SECTION_MAX);
}

function recordEnd(body: string, from: number): number {
  RECORD_END.lastIndex = from;
  return Math.min(RECORD_END.exec(body)?.index ?? body.length, from + RECORD_MAX);
}

function clauseEnd(text: string, from: number, max: number): number {
  const stop = text.slice(from, from + max).search(CLAUSE_END);
  return stop < 0 ? Math.min(text.length, from + max) : from + stop;
}
