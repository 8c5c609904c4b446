import { buildPostings } from './build-postings';
import { entryTerms } from './entry-terms';
import {
  BUDGET_LIMIT,
  categoryKind,
  HAS_STAGES,
  INLINE_ENTRIES,
  KEYWORDLESS,
  R_BUDGET_MIN,
  R_ENTRIES,
  R_EXCLUDES,
  R_FLAGS,
  R_KEYWORDS,
  RECORD,
  REQUIRE_BUDGET,
  SCOPE_TITLE,
  stageKind,
  type BuildProgress,
  type CompiledIndex,
} from './index-layout';
import { IntList } from './int-list';
import { localityOrder, permute } from './locality-order';
import { sortedOrder } from './sort-strings';
import { StringInterner } from './string-interner';
import { idHash, supersededPositions } from './superseded-ids';
import type { MatchSubscription } from './subscription.types';
import { TermAutomaton } from './term-automaton';

const PROGRESS_EVERY = 50_000;

/** Compiles subscriptions (when an id repeats, the last one wins) into flat arrays, automaton and postings. */
export function compileIndex(subs: Iterable<MatchSubscription>, expected: number, onProgress?: BuildProgress): CompiledIndex {
  const report = onProgress ?? (() => undefined);
  const ids: string[] = [];
  const idHashes = new IntList(expected);
  const records = new IntList(expected * RECORD);
  const spill = new IntList(1024);
  // Budgets go into the int32 record through a float64 ↔ int32 view of one scratch buffer.
  const float = new Float64Array(2);
  const floatWords = new Int32Array(float.buffer);
  const catStart = new IntList(expected + 1);
  const cats = new IntList(expected);
  const kindStart = new IntList(expected + 1);
  const kinds = new IntList(64);
  const kindIds = new StringInterner();
  const regionStart = new IntList(expected + 1);
  const regionList = new IntList(expected);
  const entries: number[] = [];
  const categoryIds = new StringInterner();
  const regionIds = new StringInterner();
  regionIds.intern(''); // index 0: NATIONWIDE
  // Large builds look six-digit codes up in a dense table first (1M lookups, ~3.5k distinct
  // codes); a small delta build skips allocating it.
  const byNumber = expected >= 10_000 ? new Int32Array(1_000_000) : null;
  const regionIndex = (code: string): number => {
    const number = byNumber === null ? -1 : sixDigits(code);
    if (number < 0) return regionIds.intern(code);
    return byNumber![number] || (byNumber![number] = regionIds.intern(code));
  };
  const texts = new StringInterner();
  const terms = new StringInterner();
  const textPartStart = new IntList(expected);
  const textParts = new IntList(expected);
  // Each distinct entry text is split and normalised once per build.
  const addEntry = (written: string): void => {
    const before = texts.size;
    const id = texts.intern(written);
    entries.push(id);
    if (id === before) {
      textPartStart.push(textParts.length);
      for (const part of entryTerms(written)) textParts.push(terms.intern(part));
    }
  };
  let hasBodyScope = false;
  catStart.push(0);
  kindStart.push(0);
  regionStart.push(0);
  for (const sub of subs) {
    const i = ids.length;
    ids.push(sub.id);
    // Hashed here while the string is in cache; a second pass over 1M ids is all cache misses.
    idHashes.push(idHash(sub.id));
    let flags = 0;
    if (sub.scope === 'title') flags |= SCOPE_TITLE;
    else hasBodyScope = true;
    if (sub.requireBudget) flags |= REQUIRE_BUDGET;
    if (sub.keywords.length === 0) flags |= KEYWORDLESS;
    if (sub.budgetMin !== null || sub.budgetMax !== null) flags |= BUDGET_LIMIT;
    const stages = sub.stages ?? [];
    if (stages.length > 0) flags |= HAS_STAGES;
    entries.length = 0;
    for (const keyword of sub.keywords) addEntry(keyword);
    for (const exclude of sub.excludeWords) addEntry(exclude);
    float[0] = sub.budgetMin ?? -Infinity;
    float[1] = sub.budgetMax ?? Infinity;
    const base = records.extend(RECORD);
    records.set(base + R_FLAGS, flags);
    records.set(base + R_KEYWORDS, sub.keywords.length);
    records.set(base + R_EXCLUDES, sub.excludeWords.length);
    for (let k = 0; k < 4; k++) records.set(base + 2 * R_BUDGET_MIN + k, floatWords[k]);
    if (entries.length > INLINE_ENTRIES) {
      records.set(base + R_ENTRIES, spill.length);
      for (const e of entries) spill.push(e);
    } else {
      for (let k = 0; k < entries.length; k++) records.set(base + R_ENTRIES + k, entries[k]);
    }
    // A stage can catch a bulletin of any category, so such a subscription is posted under
    // "every kind" and its categories and stages are checked per candidate instead.
    if (stages.length > 0) {
      for (const c of sub.categories) kinds.push(kindIds.intern(categoryKind(c)));
      for (const s of stages) kinds.push(kindIds.intern(stageKind(s)));
    } else {
      for (const c of sub.categories) cats.push(categoryIds.intern(c));
    }
    catStart.push(cats.length);
    kindStart.push(kinds.length);
    for (const code of sub.regions) regionList.push(regionIndex(code));
    regionStart.push(regionList.length);
    if (i % PROGRESS_EVERY === 0) report('parse', i, expected);
  }
  textPartStart.push(textParts.length);
  // Superseded ids are dropped while reordering for locality.
  const keep = new Uint8Array(ids.length).fill(1);
  for (const i of supersededPositions(ids, idHashes.toArray())) keep[i] = 0;
  const parsed = {
    ids,
    records: records.toArray(),
    spill: spill.toArray(),
    regionStart: regionStart.toArray(),
    regionList: regionList.toArray(),
    catStart: catStart.toArray(),
    cats: cats.toArray(),
    kindStart: kindStart.toArray(),
    kinds: kinds.toArray(),
  };
  const order = localityOrder(parsed, keep, regionIds.size, categoryIds.size, texts.size);
  const subsArrays = permute(parsed, order);
  report('parse', order.length, order.length);

  // Term ids become ranks in code-unit order, which is what the automaton builder needs.
  const termOrder = sortedOrder(terms.values);
  const sortedTerms = Array.from(termOrder, (t) => terms.values[t]);
  const rank = new Int32Array(termOrder.length);
  termOrder.forEach((t, r) => (rank[t] = r));
  const parts = textParts.toArray();
  for (let p = 0; p < parts.length; p++) parts[p] = rank[parts[p]];
  report('automaton', 0, sortedTerms.length);
  const automaton = new TermAutomaton(sortedTerms);
  report('automaton', sortedTerms.length, sortedTerms.length);

  const compiled = {
    ...subsArrays,
    count: order.length,
    recordFloats: new Float64Array(subsArrays.records.buffer),
    categoryIds,
    kindIds,
    regionIds,
    texts: texts.values,
    textPartStart: textPartStart.toArray(),
    textParts: parts,
    automaton,
    terms: sortedTerms,
    hasBodyScope,
  };
  return { ...compiled, ...buildPostings(compiled, report) };
}

/** The number a six-digit ASCII code spells, or -1. */
function sixDigits(code: string): number {
  if (code.length !== 6) return -1;
  let n = 0;
  for (let k = 0; k < 6; k++) {
    const d = code.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
