import type { PostingTable } from './posting-table';
import type { StringInterner } from './string-interner';
import type { TermAutomaton } from './term-automaton';

/** Bits of a subscription's flags word. */
export const SCOPE_TITLE = 1;
export const REQUIRE_BUDGET = 2;
export const KEYWORDLESS = 4;
export const BUDGET_LIMIT = 8;
/** Has stages: posted as "every kind" and its kinds (categories and stages) checked in evaluate. */
export const HAS_STAGES = 16;

/** Keys of {@link CompiledIndex.kindIds}: a category and a stage with the same name stay apart. */
export const categoryKind = (category: string): string => `c:${category}`;
export const stageKind = (stage: string): string => `s:${stage}`;

/**
 * One 64-byte record (16 int32) per subscription, so that evaluating a candidate touches one
 * cache line: at 1M subscriptions matching is bound by memory latency, not arithmetic.
 *   [0] match stamp  [1] flags  [2] keyword entries  [3] exclude entries
 *   [4..7] budget min, max as float64 (float64 indexes 2 and 3 of the record)
 *   [8..15] entry text ids (keywords, then excludes) inline, or [8] an offset into `spill`
 */
export const RECORD = 16;
export const R_STAMP = 0;
export const R_FLAGS = 1;
export const R_KEYWORDS = 2;
export const R_EXCLUDES = 3;
export const R_BUDGET_MIN = 2;
export const R_BUDGET_MAX = 3;
export const R_ENTRIES = 8;
export const INLINE_ENTRIES = 8;

/** Region index 0 is "nationwide" (no regions); real codes start at 1. */
export const NATIONWIDE = 0;

/** Build phases reported to a progress callback: done/total count subscriptions or terms. */
export type BuildPhase = 'parse' | 'automaton' | 'postings';
export type BuildProgress = (phase: BuildPhase, done: number, total: number) => void;

/**
 * Subscriptions in flat arrays (no per-subscription objects: at 1M they would cost ~700 MB).
 * Entry texts are interned: a popular keyword is stored and normalised once.
 */
export interface CompiledIndex {
  /** Subscriptions, in locality order (see locality-order.ts); superseded ids are dropped. */
  count: number;
  ids: string[];
  records: Int32Array;
  /** The same memory as `records`, for the budget fields. */
  recordFloats: Float64Array;
  /** Entry text ids of subscriptions with more than INLINE_ENTRIES entries. */
  spill: Int32Array;
  catStart: Int32Array;
  cats: Int32Array;
  /** Category strings by id (`values`). */
  categoryIds: StringInterner;
  /** Categories and stages of HAS_STAGES subscriptions (their `cats` are empty). */
  kindStart: Int32Array;
  kinds: Int32Array;
  /** categoryKind / stageKind strings by id. */
  kindIds: StringInterner;
  regionStart: Int32Array;
  regionList: Int32Array;
  /** Region codes by index (`values`); index 0 is '' (nationwide). */
  regionIds: StringInterner;
  /** Entry texts as written; parts of text x are textParts[textPartStart[x] .. textPartStart[x + 1] - 1]. */
  texts: string[];
  textPartStart: Int32Array;
  textParts: Int32Array;
  automaton: TermAutomaton;
  /** Term strings by automaton term id. */
  terms: string[];
  postings: PostingTable;
  /** Keyword-less subscriptions by regionIndex * (categories + 1) + category key (0 = all kinds). */
  keywordless: Map<number, Int32Array>;
  hasBodyScope: boolean;
}

/** The array holding subscription i's entry text ids: inline in its record, or spilled. */
export function entryArray(ix: Pick<CompiledIndex, 'records' | 'spill'>, i: number): Int32Array {
  const base = i * RECORD;
  return ix.records[base + R_KEYWORDS] + ix.records[base + R_EXCLUDES] > INLINE_ENTRIES ? ix.spill : ix.records;
}

/** Where subscription i's entry text ids start in {@link entryArray}. */
export function entryOffset(ix: Pick<CompiledIndex, 'records' | 'spill'>, i: number): number {
  const base = i * RECORD;
  return ix.records[base + R_KEYWORDS] + ix.records[base + R_EXCLUDES] > INLINE_ENTRIES ? ix.records[base + R_ENTRIES] : base + R_ENTRIES;
}

export const SLOT_TITLE = 0;
export const SLOT_TITLE_BODY = 1;

/**
 * Posting slot of (region, scope, category key): the bulletin's category is part of the key too,
 * because at 1M subscriptions evaluating candidates is memory-bound and a category mismatch
 * was the most common reason to reject one.
 */
export function slotOf(region: number, scopeBit: number, categoryKey: number, categoryKeys: number): number {
  return (region * 2 + scopeBit) * categoryKeys + categoryKey;
}
