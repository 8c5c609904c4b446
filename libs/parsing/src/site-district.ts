import { getRegion, resolveRegion } from '@app/regions';

// A unit of one district may build or buy for a site in another district of its city: a district's
// education bureau building a school in a neighbouring district, a district company's resettlement
// housing across the line, a city hospital's 院区 in a suburban district. Where a site line names a
// district (建设地点：翔安区新店街道…, 项目地点：济南市历城区港沟街道…), that district is where the work is,
// whatever the buyer's name or address says.
// Goods are sited by where they are handed over: 交货, 供货, 交付 and 送货地点 are site lines too.
// Two places of one site line are joined by 与 or a list comma (和 opens names: 和平区).
// Aid projects (对口支援, 援疆, 东西部协作) name their site as the place aided: 援建地：某地区某县, 受援地：某州某县.
export const SITE_PARTS = /与|、/u;
export const SITE_LINE =
  /(?:建设|项目|工程|施工|实施|交货|供货|交付|送货|服务|安装|援建)(?:地点|地址)[:：|]([^\n|]{2,60})|(?:(?:项目|工程)所在地|援建地|受援(?:地区?|县))[:：|]([^\n|]{2,60})/gu;

/** A place a site line names, and the district it resolves to (null when none). */
export interface SitePlace {
  part: string;
  district: string | null;
}

/** The district a place written in a site line resolves to, or null. */
export function districtOfPart(part: string): string | null {
  const code = part.length >= 2 ? resolveRegion({ regionText: part })?.code : undefined;
  return code && getRegion(code)?.level === 'district' ? code : null;
}

// "A与B交界处" puts the site on the line between two named places, both of which count. A 与 opening
// its clause ("十团二连、五连，以及与阿瓦提县乌鲁却勒镇交界处的输水干管") names only the far side: the
// near side is the buyer's own ground, and the place named is its neighbour, not the site.
const BORDER = /交界|接壤|毗邻|相邻/u;
const CLAUSE_END = /(?:^|[，,；;。：:]|以及|及|并|和|且)\s*$/u;

/** Each place the body's site lines name, resolved once: both site rules (here and remote-site) read them. */
export function sitePlaces(body: string): SitePlace[] {
  const places: SitePlace[] = [];
  for (const m of body.matchAll(SITE_LINE)) {
    const line = m[1] ?? m[2];
    let at = 0;
    for (const part of line.split(SITE_PARTS)) {
      const joinedBy = at > 0 ? line[at - 1] : '';
      const neighbour = joinedBy === '与' && BORDER.test(part) && CLAUSE_END.test(line.slice(0, at - 1));
      if (!neighbour) places.push({ part, district: districtOfPart(part) });
      at += part.length + 1;
    }
  }
  return places;
}

/**
 * Where the notice's site lines put the work: one district, or the city when they name two or more
 * of its districts (中原区须水街道与二七区侯寨乡交界处); null where they name none or lie in several cities.
 */
export function siteDistrictOf(body: string, places = sitePlaces(body)): string | null {
  const codes = new Set(places.flatMap((p) => (p.district ? [p.district] : [])));
  if (codes.size <= 1) return [...codes][0] ?? null;
  const cities = new Set([...codes].map((c) => getRegion(c)?.parentCode));
  const [city] = cities;
  return cities.size === 1 && city ? city : null;
}

/**
 * The site's place (siteDistrictOf) in place of `code` where both lie in one city (or municipality)
 * and `code` is that city or another of its districts (or, for a site across districts, one of
 * them); `code` as it is otherwise.
 */
export function preferSiteDistrict(code: string | null, site: string | null): string | null {
  if (!code || !site || site === code) return code;
  const siteRegion = getRegion(site);
  const city = siteRegion?.level === 'district' ? siteRegion.parentCode : site;
  const found = getRegion(code);
  if (!city || !found || (found.code !== city && !(found.level === 'district' && found.parentCode === city))) return code;
  return site;
}
