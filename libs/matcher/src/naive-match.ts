import { entryTerms } from './entry-terms';
import { isRegionCode } from './region-codes';
import type { MatchBulletin, MatchResult, MatchSubscription } from './subscription.types';

interface Prepared {
  keywords: Array<{ written: string; parts: string[] }>;
  excludes: string[][];
}

// Normalising keywords (OpenCC) would dominate a baseline; cache per subscription object.
const prepared = new WeakMap<MatchSubscription, Prepared>();

function prepare(sub: MatchSubscription): Prepared {
  let p = prepared.get(sub);
  if (p === undefined) {
    p = {
      keywords: sub.keywords.map((written) => ({ written, parts: entryTerms(written) })),
      excludes: sub.excludeWords.map(entryTerms),
    };
    prepared.set(sub, p);
  }
  return p;
}

/** "420000" → "42", "429000" → "4290", "500103" → "500103": what a code covers is a prefix. */
function coveredPrefix(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

function inRegion(sub: MatchSubscription, code: string | null): boolean {
  if (sub.regions.length === 0) return true;
  if (code === null || !isRegionCode(code)) return false;
  return sub.regions.some((r) => isRegionCode(r) && code.startsWith(coveredPrefix(r)));
}

/** Category or stage: either list may catch the bulletin; both empty catch every kind. */
export function kindMatches(sub: Pick<MatchSubscription, 'categories' | 'stages'>, b: Pick<MatchBulletin, 'category' | 'stage'>): boolean {
  const stages = sub.stages ?? [];
  if (sub.categories.length === 0 && stages.length === 0) return true;
  return sub.categories.includes(b.category) || (b.stage != null && stages.includes(b.stage));
}

/**
 * The obviously-correct reference: every subscription checked in turn with `includes`.
 * For tests and as the benchmark baseline; results in subscription order.
 */
export function naiveMatch(subs: readonly MatchSubscription[], b: MatchBulletin): MatchResult[] {
  const results: MatchResult[] = [];
  for (const sub of subs) {
    if (!inRegion(sub, b.regionCode)) continue;
    if (!kindMatches(sub, b)) continue;
    if (b.budgetYuan === null) {
      if (sub.requireBudget) continue;
    } else if ((sub.budgetMin !== null && b.budgetYuan < sub.budgetMin) || (sub.budgetMax !== null && b.budgetYuan > sub.budgetMax)) {
      continue;
    }
    const texts = sub.scope === 'title' ? [b.titleMatch] : [b.titleMatch, b.bodyMatch];
    const present = (parts: string[]) => parts.length > 0 && parts.every((part) => texts.some((t) => t.includes(part)));
    const { keywords, excludes } = prepare(sub);
    const hits = keywords.filter((k) => present(k.parts)).map((k) => k.written);
    if (sub.keywords.length > 0 && hits.length === 0) continue;
    if (excludes.some(present)) continue;
    results.push({ subscriptionId: sub.id, hits });
  }
  return results;
}
