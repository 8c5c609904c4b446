import { entryTerms } from './entry-terms';
import { BulletinHits, type KeywordHit, relevanceScore } from './hits/keyword-hits';
import { isLiteralEntry } from './hits/literal-entry';
import { isRegionCode } from './region-codes';
import type { MatchBulletin, MatchResult, MatchSubscription } from './subscription.types';

interface Entry {
  written: string;
  parts: string[];
  literal: boolean;
}

const entry = (written: string): Entry => ({ written, parts: entryTerms(written), literal: isLiteralEntry(written) });

interface Prepared {
  keywords: Entry[];
  excludes: Entry[];
}

// Normalising keywords (OpenCC) would dominate a baseline; cache per subscription object.
const prepared = new WeakMap<MatchSubscription, Prepared>();

function prepare(sub: MatchSubscription): Prepared {
  let p = prepared.get(sub);
  if (p === undefined) {
    p = {
      keywords: sub.keywords.map(entry),
      excludes: sub.excludeWords.map(entry),
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
 * The obviously-correct reference: every subscription checked in turn, every entry asked of
 * BulletinHits (the one definition of a counting hit) without any index.
 * For tests and as the benchmark baseline; results in subscription order.
 */
export function naiveMatch(subs: readonly MatchSubscription[], b: MatchBulletin): MatchResult[] {
  const results: MatchResult[] = [];
  const found = new BulletinHits(b.titleMatch, b.bodyMatch);
  for (const sub of subs) {
    if (!inRegion(sub, b.regionCode)) continue;
    if (!kindMatches(sub, b)) continue;
    if (b.budgetYuan === null) {
      if (sub.requireBudget) continue;
    } else if ((sub.budgetMin !== null && b.budgetYuan < sub.budgetMin) || (sub.budgetMax !== null && b.budgetYuan > sub.budgetMax)) {
      continue;
    }
    const titleOnly = sub.scope === 'title';
    const { keywords, excludes } = prepare(sub);
    const hits: string[] = [];
    const details: KeywordHit[] = [];
    for (const k of keywords) {
      const entryHits = found.entryHits(k.written, k.parts, k.literal, titleOnly);
      if (entryHits === null) continue;
      hits.push(k.written);
      details.push(...entryHits);
    }
    if (sub.keywords.length > 0 && hits.length === 0) continue;
    if (excludes.some((x) => found.entryHits(x.written, x.parts, x.literal, titleOnly) !== null)) continue;
    results.push({ subscriptionId: sub.id, hits, details, score: relevanceScore(details) });
  }
  return results;
}
