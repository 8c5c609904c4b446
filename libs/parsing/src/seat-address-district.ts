import { getRegion, regionContains, resolveRegion } from '@app/regions';

// A province's or a city's own body (省体育总会, 市财政局, 市人民医院, 市教育委员会 of a municipality) buys for
// its city; the agency, the supplier, the trading centre where bids are opened and the deposit bank
// each sit in one district of it, and their addresses (岳麓区潇湘中路328号, 水磨沟区…写字楼2103) say where
// a party sits, not where the work is. Where the buyer's name stops at the province or the city and the
// district is written nowhere but in other parties' addresses — no site line, not in the title, not in
// the region text, not in prose, and in the buyer's own address only where the work is the whole area's
// — the notice is the city's.
// An address is the district's name followed closely by a street, a number or a building; it is the
// buyer's where the nearest party before it is the buyer (采购人地址：, 名称：<buyer>↵地址：).
const ADDRESS_TAIL = /^[^\n，。；;,]{0,14}?(?:路|街|巷|弄|大道|号|楼|大厦|广场|小区)/u;
const SUFFIX = /(?:新区|区|县|市|旗)$/u;

// A unit's own address may be written by its kind (医院地址：, 学校地址：).
const BUYER_PARTY = /采购人|招标人|采购单位|建设单位|业主|项目单位|需求单位|招募人|征集人|(?:院|校|局|委|厅|馆|单位)地址/gu;
const OTHER_PARTY = /代理|咨询|招标(?:有限)?公司|供应商|中标|成交|中选|投标人|响应人|候选人|开标|递交|提交|交易中心|开户|银行|监督/gu;
const PARTY_LOOKBACK = 120;
// A venue's address may go on to the buyer's own building (论证地点：某区某路11号某学院行政楼302会议室): the
// meeting is held at the buyer's, so the address is the buyer's whatever party was named before it.
const BUILDING_AHEAD = 40;
const CLAUSE_END = /[\n，。；;,]/u;
// A buyer's own address is where its purchase is (a city hospital's analyser, a university's
// instruments) unless the work is the whole city's or province's: 全市, 全省, 各区县, 中心城区 (not 省本级, which names a budget level).
const WHOLE_AREA = /全(?:市|省|自治区)(?!场)|各(?:区县|县区|县（市、区）|县\(市、区\)|市州|地市|设区市)|中心城区/u;

function lastAt(re: RegExp, text: string): number {
  return Math.max(-1, ...[...text.matchAll(re)].map((m) => m.index + m[0].length));
}

/**
 * Whose addresses `name` heads in `text`: 'others' where every mention is another party's address,
 * 'buyer' where the buyer's own address is among them, null where it is absent or named otherwise.
 */
function addressesNaming(name: string, text: string, buyer: string): 'others' | 'buyer' | null {
  let at = text.indexOf(name);
  if (at < 0) return null;
  let whose: 'others' | 'buyer' = 'others';
  while (at >= 0) {
    if (!ADDRESS_TAIL.test(text.slice(at + name.length))) return null;
    const ahead = text.slice(at + name.length, at + name.length + BUILDING_AHEAD);
    const end = ahead.search(CLAUSE_END);
    const clause = end < 0 ? ahead : ahead.slice(0, end);
    if (clause.includes(buyer)) whose = 'buyer';
    const before = text.slice(Math.max(0, at - PARTY_LOOKBACK), at);
    const buyerAt = Math.max(lastAt(BUYER_PARTY, before), before.lastIndexOf(buyer) + (before.includes(buyer) ? buyer.length : 0));
    if (buyerAt >= lastAt(OTHER_PARTY, before)) whose = 'buyer';
    at = text.indexOf(name, at + name.length);
  }
  return whose;
}

/**
 * The city in place of a district `code` read for a province- or city-level buyer where that district
 * stands only in other parties' addresses (or its own, where the work is the whole area's) and no
 * site line names a place (`site`, siteDistrictOf); `code` as it is otherwise.
 */
export function dropSeatAddressDistrict(
  code: string | null,
  site: string | null,
  input: { regionText?: string | null; buyer?: string | null; title: string; body: string },
): string | null {
  const found = code ? getRegion(code) : null;
  if (!found || found.level !== 'district' || !found.parentCode || !input.buyer) return code;
  const buyerCode = resolveRegion({ buyer: input.buyer })?.code;
  const buyerLevel = buyerCode ? getRegion(buyerCode)?.level : undefined;
  if (!buyerCode || (buyerLevel !== 'province' && buyerLevel !== 'city') || !regionContains(buyerCode, found.code)) return code;
  if (site) return code;
  const short = found.name.replace(SUFFIX, '');
  const names = short.length >= 2 && short !== found.name ? [found.name, short] : [found.name];
  const text = `${input.title}\n${input.body}`;
  const wholeArea = WHOLE_AREA.test(text);
  for (const name of names) {
    if (input.regionText?.includes(name) || input.buyer.includes(name)) return code;
    const whose = addressesNaming(name, text, input.buyer);
    if (whose === null || (whose === 'buyer' && !wholeArea)) return code;
  }
  return found.parentCode;
}
