import { regionPath, resolveRegion } from '@app/regions';
import { namesPlant } from './plant-site';

// A company is named after where it is registered, not where it buys (see bulletin-fields).
const COMPANY = /(?:公司|集团|企业|合作社|商行)$/u;
// A developer's project company (某某置业有限公司, 某某房地产开发有限公司) is set up in the city of the
// project it builds, so its name's city is the work's, while the group's portal files every notice
// under the group's seat. A group company itself (某某地产集团有限公司) builds anywhere.
const PROJECT_COMPANY = /(?:置业|房地产开发|房地产|地产开发)(?:有限(?:责任)?公司|股份有限公司)$/u;
// Other firms' names (a winner 杭州某防水有限公司 in a 宁波 notice) say where those firms are registered.
const FIRM_NAME = /[\p{Script=Han}（）()]{2,30}?(?:有限(?:责任)?公司|集团)/gu;
// Municipalities have no city level: the municipality stands as its own city.
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/** A developer's project company: named for the city it builds in (see PROJECT_COMPANY). */
export function isProjectCompany(buyer: string | null | undefined): boolean {
  return !!buyer && PROJECT_COMPANY.test(buyer) && !buyer.includes('集团');
}

function cityPath(code: string | undefined) {
  const path = code ? regionPath(code) : [];
  if (path[0] && MUNICIPALITIES.has(path[0].code)) return path;
  return path.slice(1);
}

/**
 * The region text as far as it can be trusted. Region text is what a crawler filed the notice under
 * (the category page it was found on), so it may name another city than the notice's own: 东莞市某镇
 * 人民政府 filed under "广东 深圳市". Where the buyer (a public body or a developer's project company,
 * not another company) and the title each name one and the same city, another city than the region
 * text's, and neither the region text's city nor its district is named anywhere in the notice, the
 * notice's own words are taken: the region text is dropped. A region text of a province only ([广东])
 * or one the notice agrees with stays.
 */
export function trustedRegionText(input: {
  regionText?: string | null;
  buyer?: string | null;
  title: string;
  body: string;
}): string | null | undefined {
  const { regionText, buyer, title, body } = input;
  if (regionText && plantSitedElsewhere(regionText, title, body)) return null;
  const projectCompany = isProjectCompany(buyer);
  if (!regionText || !buyer || (COMPANY.test(buyer) && !projectCompany)) return regionText;
  const filed = cityPath(resolveRegion({ regionText })?.code);
  if (!filed.length) return regionText;
  const ownCity = (code: string | undefined): string | null => cityPath(code)[0]?.code ?? null;
  // The buyer first: most buyers sit in the filed city, and the title then need not be read.
  const byBuyer = ownCity(resolveRegion({ buyer })?.code);
  if (!byBuyer || byBuyer === filed[0].code) return regionText;
  if (ownCity(resolveRegion({ title })?.code) !== byBuyer) return regionText;
  // The filed city (or district) named anywhere, even by its first two characters, keeps the text;
  // for a project company, named outside other firms' names.
  const text = projectCompany ? `${title}\n${body}`.replace(FIRM_NAME, '') : `${buyer}\n${title}\n${body}`;
  if (filed.some((r) => text.includes(r.name.slice(0, 2)))) return regionText;
  return null;
}

/**
 * A plant's title (see plant-site) naming its county or district in another city than the region
 * text's: the text is the seat of the group or of the project company, not the site. Kept when the
 * filed city (or district) is named outside firms' names, or the title names no county or district.
 */
function plantSitedElsewhere(regionText: string, title: string, body: string): boolean {
  if (!namesPlant(title)) return false;
  const filed = cityPath(resolveRegion({ regionText })?.code);
  if (!filed.length) return false;
  const site = cityPath(resolveRegion({ title })?.code);
  if (site.length < 2 || site[0].code === filed[0].code) return false;
  const text = `${title}\n${body}`.replace(FIRM_NAME, '');
  return !filed.some((r) => text.includes(r.name.slice(0, 2)));
}
