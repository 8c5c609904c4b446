import { getRegion, regionContains } from '@app/regions';
import { districtOfPart, SITE_PARTS, sitePlaces } from './site-district';

// A unit may build or buy where it does not sit: a city's 对口支援/东西部协作 office paying for a
// processing park in a county of another province, a district's 协作局 for a road in a county it
// helps, a provincial company for a road section in one of its cities. The names (buyer, title) then
// point at the unit's own city or stop at the province, while a site line that writes the site's
// city out (建设地点：湖北省恩施土家族苗族自治州利川市团堡镇, 实施地点：河源市和平县彭寨镇) or the ends of a
// route (起点位于荆州市沙市区…，终点位于荆州市荆州区…) say where the work is. Only places written with
// their city are trusted: a bare district (翔安区) may be a namesake in another city. Places in two
// cities of one province (a road 起于梧州市… 止于玉林市…) put the work in the province and no city;
// places in two provinces choose nothing.
const ROUTE_END = /(?:起点位于|终点位于|起于|起自|止于|终于)([^\n，。；,;]{2,40})/gu;
// Survey and service work is placed by its area (服务范围：甘肃省张掖市甘州区党寨镇…, 工作区位于…); a
// range with no place in it (服务范围：院内各科室) names nothing.
const WORK_AREA = /(?:(?:服务|实施|施工|作业)范围|工作区域?)(?:位于|[:：|])([^\n|]{2,60})/gu;

/** The city's name as a site line may write it: 河源市 or 河源, 恩施土家族苗族自治州 or 恩施州. */
function cityWritings(name: string): string[] {
  const out = [name];
  if (/市$|地区$|盟$/u.test(name)) out.push(name.replace(/市$|地区$|盟$/u, ''));
  if (name.endsWith('自治州')) out.push(`${name.slice(0, 2)}州`);
  return out.filter((n) => n.length >= 2);
}

// A municipality's districts sit right below it: 天津市武清区 writes the district with its city.
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/** `district` when `part` writes it with its city, else null. */
function withCityWritten(part: string, district: string | null): string | null {
  const city = getRegion(getRegion(district ?? '')?.parentCode ?? '');
  const cityLevel = city?.level === 'city' || (city?.level === 'province' && MUNICIPALITIES.has(city.code));
  return city && cityLevel && cityWritings(city.name).some((n) => part.includes(n)) ? district : null;
}

const writtenDistrict = (part: string): string | null => withCityWritten(part, districtOfPart(part));

// An aid project (对口支援, 援疆/援藏/援青, 东西部协作, 对口帮扶) is tendered by or for a body of the
// supporting province, so its names point there, while the site is a county far away that the
// site line may write bare (项目地点：某县某镇). There a bare county (县, 旗, not a 区, which many
// cities share a name for) counts as written.
const AID_PROJECT = /对口(?:支援|援建|帮扶|协作)|东西部(?:扶贫)?协作|援(?:疆|藏|青)|援建|受援/u;
const COUNTY_NAME = /(?:县|旗)$/u;

function siteOfPlace(part: string, district: string | null, aid: boolean): string | null {
  const written = withCityWritten(part, district);
  if (written || !aid || !district) return written;
  return COUNTY_NAME.test(getRegion(district)?.name ?? '') ? district : null;
}

/**
 * Where the body's site lines and route ends put the work, counting only places written with their
 * city: the district, the city for two of its districts, the province for places in two of its
 * cities; null where none is written so or they lie in two provinces.
 */
export function writtenSiteOf(body: string, places = sitePlaces(body), title = ''): string | null {
  const aid = AID_PROJECT.test(title) || AID_PROJECT.test(body);
  const codes = new Set<string>();
  for (const { part, district } of places) {
    const code = siteOfPlace(part, district, aid);
    if (code) codes.add(code);
  }
  for (const m of [...body.matchAll(ROUTE_END), ...body.matchAll(WORK_AREA)]) {
    const code = writtenDistrict(m[1].split(SITE_PARTS)[0]);
    if (code) codes.add(code);
  }
  if (codes.size <= 1) return [...codes][0] ?? null;
  const cities = new Set([...codes].map((c) => getRegion(c)?.parentCode ?? ''));
  if (cities.size === 1) return [...cities][0] || null;
  const provinces = new Set([...cities].map((c) => getRegion(c)?.parentCode ?? ''));
  return provinces.size === 1 ? [...provinces][0] || null : null;
}

/**
 * `site` in place of `code` where `code` lies in another city than the site, or stops at the
 * province above it; a province-wide site in place of one of its cities or districts.
 */
export function preferWrittenSite(code: string | null, site: string | null): string | null {
  if (!site || site === code) return code;
  const siteRegion = getRegion(site);
  if (siteRegion?.level === 'province') return code && regionContains(site, code) ? site : code;
  if (!code) return code;
  if (regionContains(code, site)) return getRegion(code)?.level === 'province' ? site : code;
  const siteCity = siteRegion?.level === 'district' ? siteRegion.parentCode : site;
  if (!siteCity || code === siteCity || regionContains(siteCity, code)) return code;
  return site;
}

// A unit named for its parent in another city (上海市第六人民医院海口骨科与糖尿病医院, 某大学珠海校区)
// sits in the later city: its name holds that city's name, and its own address line, right after
// its name, writes it out (名称：…医院\n地址：海南省海口市美兰区和平南路43号). The first place in the
// name is the parent's. A supplier's or agency's address elsewhere in the notice says nothing.
const OWN_ADDRESS = /^[^\n地]{0,20}\n?[\s，,]*(?:联系|办公)?地址[:：|]([^\n|]{4,60})/u;
const AFTER_NAME = 100;

/** The district of the buyer's own address where its city is one the buyer's name holds later on. */
export function namedSeatOf(buyer: string | null | undefined, body: string): string | null {
  if (!buyer || buyer.length < 4) return null;
  for (let at = body.indexOf(buyer); at >= 0; at = body.indexOf(buyer, at + buyer.length)) {
    const line = OWN_ADDRESS.exec(body.slice(at + buyer.length, at + buyer.length + AFTER_NAME));
    const code = line ? writtenDistrict(line[1]) : null;
    const city = code ? getRegion(getRegion(code)?.parentCode ?? '') : undefined;
    if (!code || !city) continue;
    // Only a city written after the name's start: a name opening with the city is placed already.
    if (Math.max(...cityWritings(city.name).map((n) => buyer.indexOf(n))) > 0) return code;
  }
  return null;
}
