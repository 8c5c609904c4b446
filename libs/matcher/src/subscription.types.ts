import type { KeywordHit } from './hits/keyword-hits';
/** Where a subscription's keywords and exclusions are looked for. */
export type MatchScope = 'title' | 'title_body';

/**
 * One active subscription as the matcher sees it. Treated as immutable once handed to the matcher:
 * to change one, pass a new object to {@link LiveMatcher.upsert}.
 */
export interface MatchSubscription {
  id: string;
  /** Any of; an entry with spaces ("道路 改造") needs all its parts. Raw member input. */
  keywords: string[];
  /** None of; an entry with spaces excludes only when all its parts are present. */
  excludeWords: string[];
  scope: MatchScope;
  /** GB/T 2260 six-digit codes; a province or city includes everything under it. Empty = nationwide. */
  regions: string[];
  /** Kinds of notice caught whole. Empty together with `stages` = every kind of notice. */
  categories: string[];
  /**
   * Notice stages caught besides the whole categories: a bulletin passes when its category is
   * among `categories` or its stage among `stages`. Absent = empty.
   */
  stages?: string[];
  /** Inclusive bounds in yuan; null = unbounded. */
  budgetMin: number | null;
  budgetMax: number | null;
  /** When true, bulletins without a budget do not match. */
  requireBudget?: boolean;
}

/** A bulletin as the matcher sees it: title and body already in match form (`toMatchText`). */
export interface MatchBulletin {
  titleMatch: string;
  bodyMatch: string;
  regionCode: string | null;
  category: string;
  /** Finer kind of notice; absent or null when unknown (then only categories can catch it). */
  stage?: string | null;
  budgetYuan: number | null;
}

/** One matched subscription and the keyword entries (as the member wrote them) that hit. */
export interface MatchResult {
  subscriptionId: string;
  /** Empty for a subscription without keywords. */
  hits: string[];
  /** For each entry in `hits`, one counting hit per part (title first), in entry order. */
  details: KeywordHit[];
  /** Relevance 0..100 from where the hits are (relevanceScore); 0 without keywords. */
  score: number;
}

/** Optional counters filled by `match`, for benchmarks and metrics. */
export interface MatchStats {
  /** Distinct terms found in title or body. */
  termHits: number;
  /** Subscriptions evaluated (reached through postings or the keyword-less index). */
  candidates: number;
  matched: number;
}
