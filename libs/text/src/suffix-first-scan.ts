// A name pattern of the shape "a few name characters, lazily, then one of many suffixes" costs, at
// every character of a text, up to one try of every suffix per name character: the parser's dearest
// pattern when run over whole bodies. A name can only start a bounded distance before a suffix, so
// the suffixes are found first (one cheap pass) and the name is tried only at the starts within
// reach of one. The matches are the ones a global scan of the name pattern gives, in its order.

export interface SuffixFirstScan {
  /** The whole name pattern, sticky and unicode ('uy'). */
  readonly name: RegExp;
  /** Its suffix alone, global and unicode ('gu'), lookarounds as in the name pattern. */
  readonly suffix: RegExp;
  /** The most code points that can stand before the suffix in a match. */
  readonly reach: number;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** What `text.matchAll(global name pattern)` yields, trying starts only within reach of a suffix. */
export function* suffixFirstMatches(text: string, scan: SuffixFirstScan): Generator<RegExpExecArray> {
  // Characters outside the basic plane take two code units each.
  const wide = SURROGATE.test(text);
  const reach = wide ? 2 * scan.reach : scan.reach;
  let next = 0; // starts before this were tried, or lie inside a match already given
  let from = 0; // where the next suffix may begin
  for (;;) {
    // Both patterns are shared; their positions are set before each use, so a caller may use them
    // again between two names.
    scan.suffix.lastIndex = from;
    const hint = scan.suffix.exec(text);
    if (!hint) return;
    const at = hint.index;
    // Every position a suffix starts at counts (有限公司 holds 公司 too).
    from = at + 1;
    for (let s = Math.max(next, at - reach); s < at; s++) {
      // Never inside a pair of surrogates: a global scan steps over whole characters.
      if (wide && isTrailSurrogate(text, s)) continue;
      scan.name.lastIndex = s;
      const m = scan.name.exec(text);
      if (!m) continue;
      yield m;
      next = m.index + m[0].length;
      s = next - 1;
    }
    next = Math.max(next, at);
  }
}

function isTrailSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
}

/** `text.replace(global name pattern, by)`, the matches found suffix first. */
export function replaceSuffixFirst(text: string, scan: SuffixFirstScan, by: string): string {
  let out = '';
  let last = 0;
  for (const m of suffixFirstMatches(text, scan)) {
    out += text.slice(last, m.index) + by;
    last = m.index + m[0].length;
  }
  return last ? out + text.slice(last) : text;
}
