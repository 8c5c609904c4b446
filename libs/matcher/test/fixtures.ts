import type { MatchBulletin, MatchResult, MatchSubscription } from '../src/subscription.types';

/** A nationwide, title-and-body subscription with no filters; override what a test needs. */
export function sub(overrides: Partial<MatchSubscription> & { id: string }): MatchSubscription {
  return {
    keywords: [],
    excludeWords: [],
    scope: 'title_body',
    regions: [],
    categories: [],
    budgetMin: null,
    budgetMax: null,
    ...overrides,
  };
}

export function bulletin(overrides: Partial<MatchBulletin> = {}): MatchBulletin {
  return { titleMatch: '', bodyMatch: '', regionCode: '500103', category: 'tender', budgetYuan: null, ...overrides };
}

/** Results in a canonical order, for comparing implementations. */
export function canonical(results: MatchResult[]): MatchResult[] {
  return [...results].sort((a, b) => (a.subscriptionId < b.subscriptionId ? -1 : a.subscriptionId > b.subscriptionId ? 1 : 0));
}
