const NO_TERM = -1;
/** Linear scan beats binary search on short child runs (most trie nodes have one child). */
const LINEAR_CHILDREN = 8;

/**
 * Aho–Corasick automaton over UTF-16 code units in flat typed arrays (~18 bytes per trie node).
 * Nodes are numbered in BFS order, so the children of a node are a contiguous id range, sorted by
 * code unit: no edge array is needed. The root has a dense 64k table; other nodes search their
 * children. The npm libraries we measured were 25-50× slower, or took minutes to build at 1M
 * terms, hence this. Working on code units is exact for surrogate pairs, like `indexOf`.
 */
export class TermAutomaton {
  readonly termCount: number;
  readonly nodeCount: number;
  private readonly rootNext = new Int32Array(65536);
  /** Children of node u are ids childStart[u] .. childStart[u + 1] - 1. */
  private readonly childStart: Int32Array;
  /** Code unit on the edge into each node. */
  private readonly sym: Uint16Array;
  private readonly fail: Int32Array;
  /** Term ending at the node, or -1. */
  private readonly out: Int32Array;
  /** Nearest node on the failure chain (the node itself included) where a term ends; 0 = none. */
  private readonly report: Int32Array;

  /**
   * Builds from distinct, non-empty terms sorted by code unit (`Array.prototype.sort()` order).
   * A term's id is its index in `terms`. Linear in the total length of the terms.
   */
  constructor(terms: readonly string[]) {
    let total = 1;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i];
      if (term === '' || (i > 0 && !(terms[i - 1] < term))) {
        throw new RangeError('TermAutomaton needs distinct, non-empty, sorted terms');
      }
      total += term.length;
    }
    this.termCount = terms.length;
    const trie = buildTrie(terms, total);
    this.nodeCount = trie.nodeCount;
    this.childStart = trie.childStart;
    this.sym = trie.sym;
    this.out = trie.out;
    this.fail = new Int32Array(this.nodeCount);
    this.report = new Int32Array(this.nodeCount);
    this.linkFailures();
  }

  /**
   * Finds the distinct terms occurring in `text`. A term counts once per stamp: `seen[term]` is set
   * to `stamp` and the term id appended to `hits`. Returns the number of ids written.
   */
  scan(text: string, seen: Uint32Array, stamp: number, hits: Int32Array): number {
    const { rootNext, fail, out, report } = this;
    let state = 0;
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        if (state === 0) {
          state = rootNext[c];
          break;
        }
        const next = this.child(state, c);
        if (next !== 0) {
          state = next;
          break;
        }
        state = fail[state];
      }
      // Once a term on the output chain was already seen, so was the rest of that chain.
      for (let o = report[state]; o !== 0; o = report[fail[o]]) {
        const term = out[o];
        if (seen[term] === stamp) break;
        seen[term] = stamp;
        hits[count++] = term;
      }
    }
    return count;
  }

  private child(state: number, c: number): number {
    const { sym } = this;
    let lo = this.childStart[state];
    let hi = this.childStart[state + 1];
    if (hi - lo <= LINEAR_CHILDREN) {
      for (; lo < hi; lo++) if (sym[lo] === c) return lo;
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = sym[mid];
      if (s < c) lo = mid + 1;
      else if (s > c) hi = mid;
      else return mid;
    }
    return 0;
  }

  // BFS order guarantees every shallower node's failure and report links exist already.
  private linkFailures(): void {
    const { childStart, sym, fail, out, report, rootNext } = this;
    for (let v = childStart[0]; v < childStart[1]; v++) {
      rootNext[sym[v]] = v;
      report[v] = out[v] !== NO_TERM ? v : 0;
    }
    for (let u = 1; u < this.nodeCount; u++) {
      for (let v = childStart[u]; v < childStart[u + 1]; v++) {
        const c = sym[v];
        let f = fail[u];
        let target: number;
        for (;;) {
          target = f === 0 ? rootNext[c] : this.child(f, c);
          if (target !== 0 || f === 0) break;
          f = fail[f];
        }
        fail[v] = target;
        report[v] = out[v] !== NO_TERM ? v : report[target];
      }
    }
  }
}

interface Trie {
  nodeCount: number;
  childStart: Int32Array;
  sym: Uint16Array;
  out: Int32Array;
}

/**
 * Breadth-first over sorted terms: a node is the range of terms sharing its prefix, so its
 * children are the runs of equal code units at its depth, already in order.
 */
function buildTrie(terms: readonly string[], capacity: number): Trie {
  const lo = new Int32Array(capacity);
  const hi = new Int32Array(capacity);
  const depth = new Int32Array(capacity);
  const childStart = new Int32Array(capacity + 1);
  const sym = new Uint16Array(capacity);
  const out = new Int32Array(capacity).fill(NO_TERM);
  hi[0] = terms.length;
  let next = 1;
  for (let u = 0; u < next; u++) {
    childStart[u] = next;
    const d = depth[u];
    const end = hi[u];
    let i = lo[u];
    // The prefix itself sorts first among the terms that extend it.
    if (i < end && terms[i].length === d) out[u] = i++;
    while (i < end) {
      const c = terms[i].charCodeAt(d);
      let j = i + 1;
      while (j < end && terms[j].charCodeAt(d) === c) j++;
      lo[next] = i;
      hi[next] = j;
      depth[next] = d + 1;
      sym[next] = c;
      next++;
      i = j;
    }
  }
  childStart[next] = next;
  return {
    nodeCount: next,
    childStart: childStart.slice(0, next + 1),
    sym: sym.slice(0, next),
    out: out.slice(0, next),
  };
}
