import { getRegion, resolveRegion } from '@app/regions';

// A unit of one district may build or buy for a site in another district of its city: a district's
// education bureau building a school in a neighbouring district, a district company's resettlement
// housing across the line, a city hospital's 院区 in a suburban district. Where a site line names a
// district (建设地点：翔安区新店街道…, 项目地点：济南市历城区港沟街道…), that district is where the work is,
// whatever the buyer's name or address says.
const SITE_LINE =
  /(?:建设|项目|工程|施工|实施|交货|供货|服务|安装)(?:地点|地址)[:：|]([^\n|]{2,60})|(?:项目|工程)所在地[:：|]([^\n|]{2,60})/gu;

/** The one district the notice's site lines name, or null where they name none or disagree. */
export function siteDistrictOf(body: string): string | null {
  const codes = new Set<string>();
  for (const m of body.matchAll(SITE_LINE)) {
    const code = resolveRegion({ regionText: m[1] ?? m[2] })?.code;
    if (code && getRegion(code)?.level === 'district') codes.add(code);
  }
  const [only] = codes;
  return codes.size === 1 ? only : null;
}

/**
 * The site's district in place of `code` where both lie in one city (or municipality) and `code` is
 * that city or another of its districts; `code` as it is otherwise.
 */
export function preferSiteDistrict(code: string | null, body: string): string | null {
  if (!code) return code;
  const site = siteDistrictOf(body);
  if (!site || site === code) return code;
  const city = getRegion(site)?.parentCode;
  const found = getRegion(code);
  if (!city || !found || (found.code !== city && !(found.level === 'district' && found.parentCode === city))) return code;
  return site;
}
