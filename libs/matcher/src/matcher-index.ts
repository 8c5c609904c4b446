import { compileIndex } from './compile-index';
import {
  BUDGET_LIMIT,
  categoryKind,
  entryArray,
  entryOffset,
  HAS_STAGES,
  KEYWORDLESS,
  NATIONWIDE,
  R_BUDGET_MAX,
  R_BUDGET_MIN,
  R_EXCLUDES,
  R_FLAGS,
  R_KEYWORDS,
  R_STAMP,
  RECORD,
  REQUIRE_BUDGET,
  SCOPE_TITLE,
  SLOT_TITLE,
  SLOT_TITLE_BODY,
  slotOf,
  stageKind,
  type BuildProgress,
  type CompiledIndex,
} from './index-layout';
import { BulletinHits, type KeywordHit, relevanceScore } from './hits/keyword-hits';
import { isLiteralEntry } from './hits/literal-entry';
import { regionAncestors } from './region-codes';
import type { MatchBulletin, MatchResult, MatchStats, MatchSubscription } from './subscription.types';

interface EntryHit {
  details: readonly KeywordHit[];
  score: number;
}

const TITLE_CHECKED = 1;
const TITLE_COUNTS = 2;
const BODY_CHECKED = 4;
const BODY_COUNTS = 8;

/** Options for compiling an index. */
export interface BuildOptions {
  /** Called now and then during a build (phase, done, total), e.g. to drive a progress bar. */
  onProgress?: BuildProgress;
  /** How many subscriptions an iterable will yield: sizes buffers and progress totals. */
  expectedSize?: number;
}

/** Size of a compiled index, for logs and benchmarks. */
export interface IndexStats {
  subscriptions: number;
  terms: number;
  automatonNodes: number;
  postings: number;
}

/**
 * A compiled index over a fixed set of subscriptions. `match` scans title and body once with
 * one automaton over every keyword and exclude term, then evaluates only the subscriptions posted
 * under (hit term, bulletin region ancestor or nationwide, scope, category), plus keyword-less
 * ones found by (region, category). Cost grows with text length and hits, not subscription count.
 * Holds scratch buffers: use one index from one thread (the JS default).
 */
export class MatcherIndex {
  private readonly titleSeen: Uint32Array;
  private readonly bodySeen: Uint32Array;
  private readonly titleHits: Int32Array;
  private readonly bodyHits: Int32Array;
  /** Entry texts marked literal ("=市政"): plain substring presence is enough for them. */
  private readonly literal: Uint8Array;
  /** Per term and bulletin (stamp): which word-aware checks ran and what they found (COUNT_* bits). */
  private readonly countStamp: Uint32Array;
  private readonly counts: Uint8Array;
  /** Per (entry text, scope) and bulletin (stamp): its hits and score, shared by every subscription with that entry. */
  private readonly entryStamp: Uint32Array;
  private readonly entryHits: Array<EntryHit | undefined>;
  /** The current bulletin's hits; set at the start of each match. */
  private found: BulletinHits = new BulletinHits('', '');
  private stamp = 0;
  // The bulletin being matched, as kind ids (-1 = no subscription names it).
  private categoryKindId = -1;
  private stageKindId = -1;

  private constructor(private readonly ix: CompiledIndex) {
    const terms = ix.automaton.termCount;
    this.titleSeen = new Uint32Array(terms);
    this.bodySeen = new Uint32Array(terms);
    this.titleHits = new Int32Array(terms);
    this.bodyHits = new Int32Array(terms);
    this.countStamp = new Uint32Array(terms);
    this.counts = new Uint8Array(terms);
    this.literal = new Uint8Array(ix.texts.length);
    this.entryStamp = new Uint32Array(ix.texts.length * 2);
    this.entryHits = new Array<EntryHit | undefined>(ix.texts.length * 2);
    for (let x = 0; x < ix.texts.length; x++) this.literal[x] = isLiteralEntry(ix.texts[x]) ? 1 : 0;
  }

  /**
   * Compiles subscriptions; keywords and exclude words are normalised with `toMatchText`.
   * Ids should be unique; when one repeats, the last subscription with it wins. The index keeps
   * no reference to the objects passed in.
   */
  static build(subs: Iterable<MatchSubscription>, options: BuildOptions = {}): MatcherIndex {
    const expected = options.expectedSize ?? (Array.isArray(subs) ? subs.length : 1024);
    return new MatcherIndex(compileIndex(subs, expected, options.onProgress));
  }

  /** Number of subscriptions in the index. */
  get size(): number {
    return this.ix.count;
  }

  /** The subscriptions in the index, rebuilt from its arrays, in no particular order (new objects each call). */
  *subscriptions(): Generator<MatchSubscription> {
    for (let i = 0; i < this.ix.count; i++) yield this.subscriptionAt(i);
  }

  stats(): IndexStats {
    const { automaton, postings } = this.ix;
    return { subscriptions: this.ix.count, terms: automaton.termCount, automatonNodes: automaton.nodeCount, postings: postings.size };
  }

  /**
   * Every subscription the bulletin satisfies, in no particular order, each with the keyword
   * entries (as written) that hit. Optional `stats` receives counters (added to, not reset).
   */
  match(bulletin: MatchBulletin, stats?: MatchStats): MatchResult[] {
    const { ix } = this;
    const stamp = this.nextStamp();
    this.found = new BulletinHits(bulletin.titleMatch, bulletin.bodyMatch);
    const titleCount = ix.automaton.scan(bulletin.titleMatch, this.titleSeen, stamp, this.titleHits);
    const bodyCount = ix.hasBodyScope ? ix.automaton.scan(bulletin.bodyMatch, this.bodySeen, stamp, this.bodyHits) : 0;
    const regions = [NATIONWIDE];
    for (const code of regionAncestors(bulletin.regionCode)) {
      const id = ix.regionIds.find(code);
      if (id >= 0) regions.push(id);
    }
    const categoryKeys = ix.categoryIds.size + 1;
    const category = ix.categoryIds.find(bulletin.category);
    const keys = category < 0 ? [0] : [0, category + 1];
    this.categoryKindId = ix.kindIds.find(categoryKind(bulletin.category));
    this.stageKindId = bulletin.stage ? ix.kindIds.find(stageKind(bulletin.stage)) : -1;
    // Slots a title hit can reach (both scopes), and the subset a body-only hit can reach.
    const titleSlots: number[] = [];
    const bodySlots: number[] = [];
    for (const region of regions) {
      for (const key of keys) {
        titleSlots.push(slotOf(region, SLOT_TITLE, key, categoryKeys));
        bodySlots.push(slotOf(region, SLOT_TITLE_BODY, key, categoryKeys));
      }
    }
    titleSlots.push(...bodySlots);
    const results: MatchResult[] = [];
    let candidates = 0;
    const { records } = ix;
    const visit = (list: Int32Array, from: number, to: number): void => {
      for (let k = from; k < to; k++) {
        const sub = list[k];
        // The stamp shares the record's cache line, which evaluate reads next anyway.
        if (records[sub * RECORD + R_STAMP] === stamp) continue;
        records[sub * RECORD + R_STAMP] = stamp;
        candidates++;
        const result = this.evaluate(sub, bulletin.budgetYuan, stamp);
        if (result !== null) results.push(result);
      }
    };
    const { postings } = ix;
    const visitTerm = (term: number, slots: number[]): void => {
      for (const slot of slots) {
        const group = postings.find(term, slot);
        if (group >= 0) visit(postings.subs, postings.groupStart[group], postings.groupStart[group + 1]);
      }
    };
    for (let h = 0; h < titleCount; h++) visitTerm(this.titleHits[h], titleSlots);
    let bodyOnly = 0;
    for (let h = 0; h < bodyCount; h++) {
      const term = this.bodyHits[h];
      if (this.titleSeen[term] === stamp) continue;
      bodyOnly++;
      visitTerm(term, bodySlots);
    }
    for (const region of regions) {
      for (const key of keys) {
        const list = ix.keywordless.get(region * categoryKeys + key);
        if (list !== undefined) visit(list, 0, list.length);
      }
    }
    if (stats !== undefined) {
      stats.termHits += titleCount + bodyOnly;
      stats.candidates += candidates;
      stats.matched += results.length;
    }
    return results;
  }

  // Region and category are settled by the posting slot; budget, keywords and exclusions remain.
  private evaluate(i: number, budget: number | null, stamp: number): MatchResult | null {
    const { ix } = this;
    const base = i * RECORD;
    const flags = ix.records[base + R_FLAGS];
    if (flags & HAS_STAGES && !this.kindAllowed(i)) return null;
    if (budget === null) {
      if (flags & REQUIRE_BUDGET) return null;
    } else if (flags & BUDGET_LIMIT) {
      const floats = i * (RECORD / 2);
      if (budget < ix.recordFloats[floats + R_BUDGET_MIN] || budget > ix.recordFloats[floats + R_BUDGET_MAX]) return null;
    }
    const titleOnly = (flags & SCOPE_TITLE) !== 0;
    const entries = entryArray(ix, i);
    const from = entryOffset(ix, i);
    const excludeFrom = from + ix.records[base + R_KEYWORDS];
    // Most matches hit one entry: remember it alone and build arrays only for more.
    let first = -1;
    let more: number[] | null = null;
    for (let e = from; e < excludeFrom; e++) {
      if (!this.present(entries[e], titleOnly, stamp)) continue;
      if (first < 0) first = entries[e];
      else (more ??= []).push(entries[e]);
    }
    if (first < 0 && !(flags & KEYWORDLESS)) return null;
    const end = excludeFrom + ix.records[base + R_EXCLUDES];
    for (let e = excludeFrom; e < end; e++) {
      if (this.present(entries[e], titleOnly, stamp)) return null;
    }
    if (first < 0) return { subscriptionId: ix.ids[i], hits: [], details: [], score: 0 };
    const hit = this.entryHit(first, titleOnly, stamp);
    if (more === null)
      return { subscriptionId: ix.ids[i], hits: [ix.texts[first]], details: hit.details as KeywordHit[], score: hit.score };
    const names = [ix.texts[first]];
    let details = hit.details;
    for (const text of more) {
      names.push(ix.texts[text]);
      details = details.concat(this.entryHit(text, titleOnly, stamp).details);
    }
    return { subscriptionId: ix.ids[i], hits: names, details: details as KeywordHit[], score: relevanceScore(details) };
  }

  /** A HAS_STAGES subscription names the bulletin's category or its stage. */
  private kindAllowed(i: number): boolean {
    const { kindStart, kinds } = this.ix;
    for (let k = kindStart[i]; k < kindStart[i + 1]; k++) {
      if (kinds[k] === this.categoryKindId || kinds[k] === this.stageKindId) return true;
    }
    return false;
  }

  // Popular entries are shared by many candidates: work their hits and score out once per
  // bulletin and scope (title only reports title hits alone). Results share the details array,
  // so it is read-only.
  private entryHit(text: number, titleOnly: boolean, stamp: number): EntryHit {
    const scope = titleOnly ? 1 : 0;
    const slot = text * 2 + scope;
    if (this.entryStamp[slot] === stamp) return this.entryHits[slot]!;
    const { ix } = this;
    const parts: string[] = [];
    for (let p = ix.textPartStart[text]; p < ix.textPartStart[text + 1]; p++) parts.push(ix.terms[ix.textParts[p]]);
    const details = this.found.entryHits(ix.texts[text], parts, this.literal[text] === 1, titleOnly)!;
    const hit = { details, score: relevanceScore(details) };
    this.entryStamp[slot] = stamp;
    this.entryHits[slot] = hit;
    return hit;
  }

  /**
   * All parts of the entry text count where the subscription looks: present (automaton), and
   * for entries not marked literal, a word-aware hit outside boilerplate (BulletinHits, asked
   * once per term and bulletin). A blank entry (no parts) never is present.
   */
  private present(text: number, titleOnly: boolean, stamp: number): boolean {
    const { textPartStart, textParts } = this.ix;
    const end = textPartStart[text + 1];
    if (textPartStart[text] === end) return false;
    const literal = this.literal[text] === 1;
    for (let p = textPartStart[text]; p < end; p++) {
      const term = textParts[p];
      if (this.titleSeen[term] !== stamp && (titleOnly || this.bodySeen[term] !== stamp)) return false;
      if (!literal && !this.countsAsHit(term, titleOnly, stamp)) return false;
    }
    return true;
  }

  private countsAsHit(term: number, titleOnly: boolean, stamp: number): boolean {
    if (this.countStamp[term] !== stamp) {
      this.countStamp[term] = stamp;
      this.counts[term] = 0;
    }
    let c = this.counts[term];
    if (this.titleSeen[term] === stamp) {
      if (!(c & TITLE_CHECKED)) c |= TITLE_CHECKED | (this.found.inTitle(this.ix.terms[term]) ? TITLE_COUNTS : 0);
      this.counts[term] = c;
      if (c & TITLE_COUNTS) return true;
    }
    if (titleOnly || this.bodySeen[term] !== stamp) return false;
    if (!(c & BODY_CHECKED)) c |= BODY_CHECKED | (this.found.inBody(this.ix.terms[term]) ? BODY_COUNTS : 0);
    this.counts[term] = c;
    return (c & BODY_COUNTS) !== 0;
  }

  // Plain loops: typed-array views and Array.from with callbacks made a 1M rebuild 3× slower.
  private subscriptionAt(i: number): MatchSubscription {
    const { ix } = this;
    const base = i * RECORD;
    const flags = ix.records[base + R_FLAGS];
    const entries = entryArray(ix, i);
    const from = entryOffset(ix, i);
    const excludeFrom = from + ix.records[base + R_KEYWORDS];
    const end = excludeFrom + ix.records[base + R_EXCLUDES];
    const keywords: string[] = [];
    for (let e = from; e < excludeFrom; e++) keywords.push(ix.texts[entries[e]]);
    const excludeWords: string[] = [];
    for (let e = excludeFrom; e < end; e++) excludeWords.push(ix.texts[entries[e]]);
    const regions: string[] = [];
    for (let r = ix.regionStart[i]; r < ix.regionStart[i + 1]; r++) regions.push(ix.regionIds.values[ix.regionList[r]]);
    const categories: string[] = [];
    for (let c = ix.catStart[i]; c < ix.catStart[i + 1]; c++) categories.push(ix.categoryIds.values[ix.cats[c]]);
    const stages: string[] = [];
    for (let k = ix.kindStart[i]; k < ix.kindStart[i + 1]; k++) {
      const kind = ix.kindIds.values[ix.kinds[k]];
      (kind.startsWith('s:') ? stages : categories).push(kind.slice(2));
    }
    const min = ix.recordFloats[i * (RECORD / 2) + R_BUDGET_MIN];
    const max = ix.recordFloats[i * (RECORD / 2) + R_BUDGET_MAX];
    return {
      id: ix.ids[i],
      keywords,
      excludeWords,
      scope: flags & SCOPE_TITLE ? 'title' : 'title_body',
      regions,
      categories,
      ...(stages.length ? { stages } : {}),
      budgetMin: min === -Infinity ? null : min,
      budgetMax: max === Infinity ? null : max,
      requireBudget: (flags & REQUIRE_BUDGET) !== 0,
    };
  }

  private nextStamp(): number {
    // Stamps live in Int32Array records too, so wrap below 2^31: forget old stamps so none collide.
    if (this.stamp === 0x7fffffff) {
      this.titleSeen.fill(0);
      this.bodySeen.fill(0);
      this.countStamp.fill(0);
      this.entryStamp.fill(0);
      for (let i = 0; i < this.ix.count; i++) this.ix.records[i * RECORD + R_STAMP] = 0;
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}
