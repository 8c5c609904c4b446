import {
  BulletinHits,
  entryTerms,
  type HitPlace,
  isLiteralEntry,
  isRegionCode,
  kindMatches,
  type MatchBulletin,
  type MatchSubscription,
  regionAncestors,
} from '@app/matcher';
import { getRegion, regionPath } from '@app/regions';
import { regionPrefix } from '../shared/sql-params';

export type CheckVerdict = 'pass' | 'fail' | 'not_required';

/** One AND part of an entry, in match form, and where it was found. */
export interface PartCheck {
  term: string;
  /** Present in the title / body as a plain substring. */
  inTitle: boolean;
  inBody: boolean;
  /** The hit that counts (a word, outside boilerplate, or any substring for a literal entry), or null. */
  hit: { place: HitPlace; aligned: boolean; sentence: string } | null;
  /** Counts where the subscription looks (the body only for scope title_body). */
  found: boolean;
}

export interface EntryCheck {
  entry: string;
  parts: PartCheck[];
  /** Every part found (an entry with no parts left after normalisation never hits). */
  hit: boolean;
}

export interface RegionCheck {
  verdict: CheckVerdict;
  bulletin: { code: string | null; path: Array<{ code: string; name: string }>; ancestors: string[] };
  subscription: Array<{ code: string; name: string | null; covers: boolean; relation: 'same' | 'contains' | 'none' }>;
  reason: string;
}

export interface MatchExplanation {
  /** The filter alone, exactly as the matcher decides it (naiveMatch). */
  filter: 'match' | 'no_match';
  /** The filter and the state: a paused subscription or suspended member is never matched. */
  verdict: 'match' | 'no_match';
  /** Keyword entries that hit, as written. */
  hits: string[];
  /** Every failing check, in the matcher's order; [] for a match. */
  reasons: string[];
  keywords: { verdict: CheckVerdict; scope: MatchSubscription['scope']; entries: EntryCheck[] };
  excludes: { verdict: 'pass' | 'fail'; entries: EntryCheck[]; blockedBy: string[] };
  region: RegionCheck;
  /** Kind of notice: the bulletin's category or its stage must be named (both lists empty = any). */
  category: { verdict: CheckVerdict; bulletin: string; subscription: string[]; bulletinStage: string | null; stages: string[] };
  budget: {
    verdict: CheckVerdict;
    bulletinYuan: number | null;
    min: number | null;
    max: number | null;
    requireBudget: boolean;
    reason: string;
  };
  state: { verdict: 'pass' | 'fail'; paused: boolean; pausedAt: Date | null; memberStatus: string; reason: string };
}

export interface ExplainSubscription extends MatchSubscription {
  pausedAt: Date | null;
  memberStatus: string;
}

/**
 * Why a subscription does or does not catch a bulletin, check by check, over the same
 * normalisation as the matcher (entryTerms; the bulletin's title/body in toMatchText form). Pure:
 * the caller loads rows; a unit test holds `filter` equal to naiveMatch on random data.
 */
export function explainMatch(sub: ExplainSubscription, b: MatchBulletin): MatchExplanation {
  const region = explainRegion(sub.regions, b.regionCode);
  const category = explainCategory(sub, b);
  const budget = explainBudget(sub, b.budgetYuan);
  const hitsOf = new BulletinHits(b.titleMatch, b.bodyMatch);
  const check = (entry: string) => checkEntry(entry, sub.scope, b, hitsOf);
  const keywordEntries = sub.keywords.map(check);
  const hits = keywordEntries.filter((e) => e.hit).map((e) => e.entry);
  const keywordVerdict: CheckVerdict = sub.keywords.length === 0 ? 'not_required' : hits.length ? 'pass' : 'fail';
  const excludeEntries = sub.excludeWords.map(check);
  const blockedBy = excludeEntries.filter((e) => e.hit).map((e) => e.entry);
  const state = explainState(sub);

  const reasons: string[] = [];
  if (region.verdict === 'fail') reasons.push(region.reason);
  if (category.verdict === 'fail') reasons.push(kindMiss(category));
  if (budget.verdict === 'fail') reasons.push(budget.reason);
  if (keywordVerdict === 'fail') reasons.push(keywordMiss(keywordEntries, sub.scope));
  if (blockedBy.length) reasons.push(`excluded by ${blockedBy.map((w) => `"${w}"`).join(', ')}`);
  const filter = reasons.length ? 'no_match' : 'match';
  if (state.verdict === 'fail') reasons.push(state.reason);

  return {
    filter,
    verdict: reasons.length ? 'no_match' : 'match',
    hits,
    reasons,
    keywords: { verdict: keywordVerdict, scope: sub.scope, entries: keywordEntries },
    excludes: { verdict: blockedBy.length ? 'fail' : 'pass', entries: excludeEntries, blockedBy },
    region,
    category,
    budget,
    state,
  };
}

// The same question the matcher asks (BulletinHits), part by part, so a miss can be explained.
function checkEntry(entry: string, scope: MatchSubscription['scope'], b: MatchBulletin, hitsOf: BulletinHits): EntryCheck {
  const literal = isLiteralEntry(entry);
  const parts = entryTerms(entry).map((term) => {
    const inTitle = b.titleMatch.includes(term);
    const inBody = b.bodyMatch.includes(term);
    const found = hitsOf.find(term, literal, scope === 'title');
    const hit = found ?? (scope === 'title' ? hitsOf.find(term, literal, false) : null);
    return { term, inTitle, inBody, hit: hit && { place: hit.place, aligned: hit.aligned, sentence: hit.sentence }, found: found !== null };
  });
  return { entry, parts, hit: parts.length > 0 && parts.every((p) => p.found) };
}

function keywordMiss(entries: EntryCheck[], scope: MatchSubscription['scope']): string {
  const missed = entries.flatMap((e) => e.parts).filter((p) => !p.found);
  const terms = (ps: PartCheck[]) => [...new Set(ps.map((p) => p.term))].join(', ');
  const bodyOnly = missed.filter((p) => p.hit !== null);
  const notWords = missed.filter((p) => p.hit === null && (p.inTitle || (scope === 'title_body' && p.inBody)));
  const reasons = [`no keyword entry has all its parts${missed.length ? ` (missing: ${terms(missed)})` : ''}`];
  if (scope === 'title' && bodyOnly.length) reasons.push(`${terms(bodyOnly)} only in the body, but the subscription searches titles only`);
  if (notWords.length)
    reasons.push(
      `${terms(notWords)} only inside other words or in boilerplate (publication venue, law citation, standard clause, contact block); a leading = matches any substring`,
    );
  return reasons.join('; ');
}

function explainRegion(regions: string[], code: string | null): RegionCheck {
  const valid = code !== null && isRegionCode(code);
  const bulletin = {
    code,
    path: valid ? regionPath(code).map((r) => ({ code: r.code, name: r.name })) : [],
    ancestors: regionAncestors(code),
  };
  const subscription = regions.map((r) => {
    // The matcher's rule: a code covers everything that starts with its prefix (500100 → 5001…).
    const covers = valid && isRegionCode(r) && code.startsWith(regionPrefix(r));
    return {
      code: r,
      name: getRegion(r)?.name ?? null,
      covers,
      relation: !covers ? ('none' as const) : r === code ? ('same' as const) : ('contains' as const),
    };
  });
  if (!regions.length) return { verdict: 'not_required', bulletin, subscription, reason: 'nationwide subscription' };
  const label = (c: string) => `${c}${getRegion(c) ? ` ${getRegion(c)!.name}` : ''}`;
  if (!valid)
    return {
      verdict: 'fail',
      bulletin,
      subscription,
      reason: 'the bulletin has no region code, so only nationwide subscriptions catch it',
    };
  const covering = subscription.find((s) => s.covers);
  if (covering) {
    const how = covering.relation === 'same' ? 'is' : 'lies inside';
    return {
      verdict: 'pass',
      bulletin,
      subscription,
      reason: `bulletin region ${label(code)} ${how} subscription region ${label(covering.code)}`,
    };
  }
  return { verdict: 'fail', bulletin, subscription, reason: `bulletin region ${label(code)} is outside ${regions.map(label).join(', ')}` };
}

function explainCategory(sub: MatchSubscription, b: MatchBulletin): MatchExplanation['category'] {
  const stages = sub.stages ?? [];
  const verdict: CheckVerdict = !sub.categories.length && !stages.length ? 'not_required' : kindMatches(sub, b) ? 'pass' : 'fail';
  return { verdict, bulletin: b.category, subscription: sub.categories, bulletinStage: b.stage ?? null, stages };
}

function kindMiss(c: MatchExplanation['category']): string {
  // Kept word for word when no stages are involved: admins and tests know this sentence.
  if (!c.stages.length) return `category ${c.bulletin} is not one of ${c.subscription.join(', ')}`;
  const asked = [c.subscription.length ? `categories ${c.subscription.join(', ')}` : '', `stages ${c.stages.join(', ')}`]
    .filter(Boolean)
    .join(' or ');
  return `category ${c.bulletin}, stage ${c.bulletinStage ?? 'unknown'} is not among ${asked}`;
}

function explainBudget(sub: MatchSubscription, yuan: number | null): MatchExplanation['budget'] {
  const base = { bulletinYuan: yuan, min: sub.budgetMin, max: sub.budgetMax, requireBudget: sub.requireBudget ?? false };
  if (yuan === null) {
    if (sub.requireBudget) return { ...base, verdict: 'fail', reason: 'the bulletin states no budget and the subscription requires one' };
    const bounded = sub.budgetMin !== null || sub.budgetMax !== null;
    return {
      ...base,
      verdict: bounded ? 'pass' : 'not_required',
      reason: bounded ? 'no budget stated; such bulletins still match' : 'no budget limits',
    };
  }
  if (sub.budgetMin !== null && yuan < sub.budgetMin)
    return { ...base, verdict: 'fail', reason: `budget ${yuan} yuan is below the minimum ${sub.budgetMin}` };
  if (sub.budgetMax !== null && yuan > sub.budgetMax)
    return { ...base, verdict: 'fail', reason: `budget ${yuan} yuan is above the maximum ${sub.budgetMax}` };
  const bounded = sub.budgetMin !== null || sub.budgetMax !== null;
  return {
    ...base,
    verdict: bounded ? 'pass' : 'not_required',
    reason: bounded ? `budget ${yuan} yuan is within the limits` : 'no budget limits',
  };
}

function explainState(sub: ExplainSubscription): MatchExplanation['state'] {
  const paused = sub.pausedAt !== null;
  const base = { paused, pausedAt: sub.pausedAt, memberStatus: sub.memberStatus };
  if (sub.memberStatus !== 'active') return { ...base, verdict: 'fail', reason: `the member is ${sub.memberStatus}` };
  if (paused) return { ...base, verdict: 'fail', reason: 'the subscription is paused' };
  return { ...base, verdict: 'pass', reason: 'active' };
}
