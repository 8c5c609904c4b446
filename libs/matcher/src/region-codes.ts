const REGION_CODE = /^\d{6}$/;

/** True for a six-digit GB/T 2260 code; anything else never matches a regional subscription. */
export function isRegionCode(code: string): boolean {
  return REGION_CODE.test(code);
}

/**
 * The code itself, its city (`PPCC00`) and its province (`PP0000`), distinct, most specific first.
 * Code arithmetic is enough: 500103 → 500100 → 500000; 429004 → 429000 → 420000.
 * Returns [] for a missing or malformed code (such a bulletin reaches only nationwide subscriptions).
 */
export function regionAncestors(code: string | null): string[] {
  if (code === null || !isRegionCode(code)) return [];
  const ancestors = [code];
  const city = `${code.slice(0, 4)}00`;
  const province = `${code.slice(0, 2)}0000`;
  if (city !== code) ancestors.push(city);
  if (province !== city) ancestors.push(province);
  return ancestors;
}
