/**
 * Subscription lists keyed by (term, slot), where a slot is a region (or nationwide), a scope and
 * a category key. Keying by region as well as term was measured 6× faster at 100k subscriptions
 * and 14× at 1M: a bulletin touches only its own region ancestry. Stored term-major in CSR form;
 * the slots of a term are sorted, so a lookup is a binary search over the slots that use the term.
 */
export class PostingTable {
  /** Groups of term t are termGroupStart[t] .. termGroupStart[t + 1] - 1. */
  private readonly termGroupStart: Int32Array;
  private readonly groupSlot: Int32Array;
  /** Subscriptions of group g are `subs[groupStart[g] .. groupStart[g + 1] - 1]`. */
  readonly groupStart: Int32Array;
  readonly subs: Int32Array;

  /**
   * Builds from parallel arrays of (term, slot, subscription): a counting sort by term that
   * carries (slot, subscription) packed in one double, then a native numeric sort per term.
   * Cheaper than two radix passes that gather from three arrays at random.
   */
  constructor(termCount: number, slotCount: number, subCount: number, terms: Int32Array, slots: Int32Array, subs: Int32Array) {
    const n = terms.length;
    const scale = 2 ** Math.ceil(Math.log2(subCount + 1));
    if (slotCount * scale > Number.MAX_SAFE_INTEGER) throw new RangeError('too many posting slots');
    const termStart = new Int32Array(termCount + 1);
    for (let k = 0; k < n; k++) termStart[terms[k] + 1]++;
    for (let t = 0; t < termCount; t++) termStart[t + 1] += termStart[t];
    const fill = termStart.slice(0, termCount);
    const packed = new Float64Array(n);
    for (let k = 0; k < n; k++) packed[fill[terms[k]]++] = slots[k] * scale + subs[k];

    this.subs = new Int32Array(n);
    this.termGroupStart = new Int32Array(termCount + 1);
    const groupSlot = new Int32Array(n);
    const groupStart = new Int32Array(n + 1);
    let groups = 0;
    for (let t = 0; t < termCount; t++) {
      this.termGroupStart[t] = groups;
      const from = termStart[t];
      const to = termStart[t + 1];
      if (to - from > 1) packed.subarray(from, to).sort();
      let previous = -1;
      for (let k = from; k < to; k++) {
        const slot = Math.floor(packed[k] / scale);
        if (slot !== previous) {
          groupSlot[groups] = slot;
          groupStart[groups++] = k;
          previous = slot;
        }
        this.subs[k] = packed[k] - slot * scale;
      }
    }
    this.termGroupStart[termCount] = groups;
    groupStart[groups] = n;
    this.groupSlot = groupSlot.slice(0, groups);
    this.groupStart = groupStart.slice(0, groups + 1);
  }

  get size(): number {
    return this.subs.length;
  }

  /** The group for (term, slot), or -1 when no subscription is posted there. */
  find(term: number, slot: number): number {
    const { groupSlot } = this;
    let lo = this.termGroupStart[term];
    let hi = this.termGroupStart[term + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = groupSlot[mid];
      if (s < slot) lo = mid + 1;
      else if (s > slot) hi = mid;
      else return mid;
    }
    return -1;
  }
}
