import { divisionData } from './division-data';
import type { Region } from './region.types';

/** The division with this GB/T 2260 code (retired codes the package still lists included), or undefined. */
export function getRegion(code: string): Region | undefined {
  return divisionData().byCode.get(code);
}

/** True when the code is a division in the data (including retired codes the package still lists). */
export function isKnownRegion(code: string): boolean {
  return divisionData().byCode.has(code);
}

/** The code and all its ancestors, most specific first; [] for an unknown code. */
export function ancestorCodes(code: string): string[] {
  const codes: string[] = [];
  for (let r = getRegion(code); r; r = r.parentCode === null ? undefined : getRegion(r.parentCode)) {
    codes.push(r.code);
  }
  return codes;
}

/** The divisions from the province down to the code itself; [] for an unknown code. */
export function regionPath(code: string): Region[] {
  return ancestorCodes(code)
    .reverse()
    .map((c) => getRegion(c) as Region);
}

/** Current direct children, ordered by code ([] for a district or an unknown code). */
export function childrenOf(code: string): Region[] {
  return [...(divisionData().children.get(code) ?? [])];
}

/** The provinces (省级: provinces, municipalities, autonomous regions…), ordered by code. */
export function provinces(): Region[] {
  return [...divisionData().byCode.values()]
    .filter((r) => r.level === 'province' && !r.parentCode)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** True when `code` is `ancestor` itself or lies inside it (e.g. 500000 contains 500103). */
export function regionContains(ancestor: string, code: string): boolean {
  return ancestorCodes(code).includes(ancestor);
}

/** The division that replaced a retired code, or the code itself. */
export function currentCode(code: string): string {
  return divisionData().retired.get(code) ?? code;
}

/** Deepest division containing all the given codes, or null when they lie in different provinces. */
export function commonAncestor(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  const paths = codes.map((c) => ancestorCodes(c).reverse());
  let common: string | null = null;
  for (let depth = 0; ; depth++) {
    const at = paths[0][depth];
    if (at === undefined || paths.some((p) => p[depth] !== at)) return common;
    common = at;
  }
}
