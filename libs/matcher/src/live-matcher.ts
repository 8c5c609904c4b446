import type { BuildOptions } from './matcher-index';
import { MatcherIndex } from './matcher-index';
import type { MatchBulletin, MatchResult, MatchStats, MatchSubscription } from './subscription.types';

/**
 * A compiled base index plus a small delta of changes since it was built. `upsert` and `remove`
 * are visible to the next `match` at once; the delta is recompiled lazily on that match (cost
 * grows with the delta, not the base). The caller calls `rebuild` when `deltaSize` passes its
 * threshold or on a timer, e.g. every few thousand changes or minutes.
 */
export class LiveMatcher {
  private base: MatcherIndex;
  /** Changed ids: the new subscription, or null when removed. Base results for these are dropped. */
  private delta = new Map<string, MatchSubscription | null>();
  private deltaIndex: MatcherIndex | null = null;

  /** Compiles the base; the matcher keeps no reference to `subs`. */
  constructor(subs: Iterable<MatchSubscription> = [], options: BuildOptions = {}) {
    this.base = MatcherIndex.build(subs, options);
  }

  /** Adds or replaces a subscription (by id). The object is kept until the next rebuild. */
  upsert(sub: MatchSubscription): void {
    this.delta.set(sub.id, sub);
    this.deltaIndex = null;
  }

  /** Removes a subscription; unknown ids are ignored. */
  remove(id: string): void {
    this.delta.set(id, null);
    this.deltaIndex = null;
  }

  /** Ids changed or removed since the last rebuild. */
  get deltaSize(): number {
    return this.delta.size;
  }

  /** Subscriptions in the compiled base (removed and replaced ones included until `rebuild`). */
  get baseSize(): number {
    return this.base.size;
  }

  /** Same contract as {@link MatcherIndex.match}, over base and delta. */
  match(bulletin: MatchBulletin, stats?: MatchStats): MatchResult[] {
    const results = this.base.match(bulletin, stats);
    if (this.delta.size === 0) return results;
    const current = results.filter((r) => !this.delta.has(r.subscriptionId));
    if (stats !== undefined) stats.matched -= results.length - current.length;
    for (const r of this.compiledDelta().match(bulletin, stats)) current.push(r);
    return current;
  }

  /**
   * Compiles base and delta into a new base and empties the delta. Streams the base out of its
   * arrays, so memory peaks at two indexes, not at a million objects. Synchronous: at 1M
   * subscriptions it holds the thread for seconds, so call it between jobs.
   */
  rebuild(options: BuildOptions = {}): void {
    const { base, delta } = this;
    function* all(): Generator<MatchSubscription> {
      for (const sub of base.subscriptions()) if (!delta.has(sub.id)) yield sub;
      for (const sub of delta.values()) if (sub !== null) yield sub;
    }
    this.base = MatcherIndex.build(all(), { expectedSize: base.size + delta.size, ...options });
    this.delta = new Map();
    this.deltaIndex = null;
  }

  private compiledDelta(): MatcherIndex {
    if (this.deltaIndex === null) {
      const live = [...this.delta.values()].filter((s): s is MatchSubscription => s !== null);
      this.deltaIndex = MatcherIndex.build(live);
    }
    return this.deltaIndex;
  }
}
