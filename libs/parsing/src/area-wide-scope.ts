import { childrenOf, getRegion, regionContains, regionPath, resolveRegion } from '@app/regions';
import { isProjectCompany } from './crawler-region-text';

// A province's or a city's own body often buys for the whole of its area at once: a 省级批量集中采购 of
// body cameras handed over to every city's police, a provincial bureau's stations delivered to twenty
// counties, a 全省统一 purchase for schools or hospitals in lots per city, a city's education bureau buying
// for its districts in lots per district. The notice then names many places below the body's own, and none
// of them is where the work is: it is the whole area's. Where the buyer is the body of a province (or of a
// city) and the text lists two or more of its cities (or of its districts and counties), the place stays at
// that province (or city) — not at its capital, not at the first city or district a lot or an address
// names. One place alone below it (a provincial bureau building a station in one county) is still the place.
//
// Only places the notice lists count: an item of an enumeration (大冶市、阳新县、郧西县, 杭州市公安局1,100台、
// 宁波市公安局…) or the place a lot is named by (包1（武汉市）, 第2分标：柳州市, 合同包3：泉州市片区). A place
// named once in prose, a site line or an address (a trading centre's in the capital, a line-broken 交易地点)
// is no sign of a whole area's purchase. Parties' addresses and contacts, the opening venue and the bank
// name where a party sits, and a firm's name (杭州某某有限公司) names its home: those lines and names are
// taken out first.
const PARTY_LINE = /地址|电话|联系|开户|邮编|开标|递交|投标地点|监督|代理/u;
const FIRM_NAME = /\p{Script=Han}{2,24}?(?:有限责任公司|股份有限公司|有限公司|公司)/gu;
const COMPANY = /公司$/u;
// The shortest name counted: two-character county names (范县, 郏县) hide in everyday words (示范县).
const NAME_MIN = 3;
// Before a listed place: a list comma, or a lot's label with its number and a bracket or colon.
const LISTED_BEFORE = /(?:、|(?:包|标段|分标|标包|合同包|标项)\s*[\dA-Za-z一二三四五六七八九十]{0,3}\s*[（(:：]\s*)$/u;
// After a listed place: its item (公安局1,100台, 市场监管局) running into the next list comma; a figure's
// thousands comma is part of the item, a full-width comma or a colon ends it.
const LISTED_AFTER = /^[^、，。；;：:\n]{0,12}、/u;

/** The body's lines that may say where the work is, firm names taken out. */
function workText(body: string): string {
  return body
    .split('\n')
    .filter((line) => !PARTY_LINE.test(line))
    .join('\n')
    .replace(FIRM_NAME, '');
}

/** Whether `name` stands in `text` as an item of a list or a lot's place. */
function listed(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (LISTED_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || LISTED_AFTER.test(text.slice(at + name.length))) return true;
  }
  return false;
}

/** How many children of `area` the text lists, each counted once (a county counts for its city). */
function childrenListed(area: string, text: string): number {
  const named = new Set<string>();
  const province = getRegion(area)?.level === 'province';
  for (const child of childrenOf(area)) {
    const below = province ? childrenOf(child.code) : [];
    const names = [child, ...below].map((r) => r.name).filter((n) => n.length >= NAME_MIN);
    if (names.some((n) => listed(n, text))) named.add(child.code);
  }
  return named.size;
}

/**
 * The buyer's own province or city in place of `code` where `code` lies below it and the text lists
 * two or more of that area's cities (or districts and counties), unless the region text files it
 * below the area; `code` otherwise.
 */
export function areaWideCode(
  code: string | null,
  buyer: string | null | undefined,
  body: string,
  regionText?: string | null,
): string | null {
  if (!code || !buyer) return code;
  const area = resolveRegion({ buyer })?.code;
  if (!area || area === code || !regionContains(area, code)) return code;
  // A portal filing the notice under a place below the body's own (浙江省 杭州市) has said where it is.
  const filed = regionText ? resolveRegion({ regionText })?.code : undefined;
  if (filed && filed !== area && regionContains(area, filed)) return code;
  const path = regionPath(area);
  const level = getRegion(area)?.level;
  if (level !== 'province' && level !== 'city') return code;
  // The buyer must be the area's own body, named from its top (浙江省公安厅, 济南市教育局), not a unit
  // placed in it by a name further in (某集团某市分公司).
  const own = path[path.length - 1]?.name;
  // A developer's city company (佛山某房地产开发有限公司) is named by the city's short name and buys for
  // the city's projects at once (a 战略集采 in lots per district): its area too.
  const developer = isProjectCompany(buyer);
  const ownName = developer ? own?.replace(/市$/u, '') : own;
  if (!own || !ownName || !buyer.startsWith(ownName) || buyer.length <= own.length) return code;
  // A company of the area (a city's railway or investment company) builds lines and sites that run
  // through its districts: the places its notice lists are the route's, not a whole area's purchase.
  if (COMPANY.test(buyer) && !developer) return code;
  return childrenListed(area, workText(body)) >= 2 ? area : code;
}
