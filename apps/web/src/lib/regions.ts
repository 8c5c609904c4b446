/** A division as the region picker shows it (GET /v1/regions). */
export interface RegionRef {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  fullName: string;
}

/** The API's limit on regions per subscription. */
export const REGIONS_MAX = 50;

// GB/T 2260 codes nest by prefix: PP0000 province, PPCC00 city, PPCCDD district.
function prefixOf(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** True when `ancestor` contains `code` and is not the same division (500000 contains 500103). */
export function containsRegion(ancestor: string, code: string): boolean {
  return ancestor !== code && prefixOf(ancestor) !== code && code.startsWith(prefixOf(ancestor));
}

export type AddRegionResult =
  | { status: 'added'; selected: RegionRef[]; replaced: RegionRef[] }
  | { status: 'duplicate' | 'covered' | 'limit'; selected: RegionRef[]; coveredBy?: RegionRef };

/**
 * Adds a region to the selection. A region inside one already chosen adds nothing (the province
 * includes it); choosing a province or city replaces the regions chosen inside it.
 */
export function addRegion(selected: readonly RegionRef[], region: RegionRef, max = REGIONS_MAX): AddRegionResult {
  if (selected.some((r) => r.code === region.code)) return { status: 'duplicate', selected: [...selected] };
  const coveredBy = selected.find((r) => containsRegion(r.code, region.code));
  if (coveredBy) return { status: 'covered', selected: [...selected], coveredBy };
  const replaced = selected.filter((r) => containsRegion(region.code, r.code));
  const kept = selected.filter((r) => !replaced.includes(r));
  if (kept.length >= max) return { status: 'limit', selected: [...selected] };
  return { status: 'added', selected: [...kept, region], replaced };
}

export function removeRegion(selected: readonly RegionRef[], code: string): RegionRef[] {
  return selected.filter((r) => r.code !== code);
}

/** How a region sits against the selection, for the tree's check marks. */
export function regionState(selected: readonly RegionRef[], code: string): 'selected' | 'included' | 'partial' | 'none' {
  if (selected.some((r) => r.code === code)) return 'selected';
  if (selected.some((r) => containsRegion(r.code, code))) return 'included';
  if (selected.some((r) => containsRegion(code, r.code))) return 'partial';
  return 'none';
}

/** The codes to send to the API. */
export function regionCodes(selected: readonly RegionRef[]): string[] {
  return selected.map((r) => r.code);
}
