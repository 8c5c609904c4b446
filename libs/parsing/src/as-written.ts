import { toDisplayText } from '@app/text';

// Fields are read from the display form of a notice (full-width folded to half-width, traditional
// characters to simplified), which is what matching and the rules need. A party's name, though,
// is shown to members and handed on as the notice writes it: 宇阳工程咨询（宁波）有限公司 keeps its
// full-width brackets, a Hong Kong 水務署 its traditional characters. The name read is found again
// in the source text, compared in display form with white space left out, and the source's span
// is returned. A name not found there (one the rules put together from parts) stays as read.

const SPACE = /\s/u;
const HAN_GAP = /(?<=\p{Script=Han}|[\u3000-\u303f\uff00-\uffef])\s+(?=\p{Script=Han}|[\u3000-\u303f\uff00-\uffef])/gu;

interface Folded {
  /** The source in display form, white space left out. */
  text: string;
  /** For each character of `text`, where it starts in the source. */
  at: number[];
}

/** Names read from one notice, given back as its source writes them. */
export class WrittenNames {
  private folded: Folded | null = null;

  constructor(private readonly source: string) {}

  /** `name` as the source writes it, or `name` itself when the source does not hold it. */
  of(name: string): string;
  of(name: string | null): string | null;
  of(name: string | null): string | null {
    if (!name || this.source.includes(name)) return name;
    const wanted = [...name].filter((c) => !SPACE.test(c)).join('');
    if (!wanted) return name;
    const folded = (this.folded ??= foldSource(this.source));
    const start = folded.text.indexOf(wanted);
    if (start < 0) return name;
    const end = start + wanted.length;
    const from = folded.at[start];
    const to = end < folded.at.length ? folded.at[end] : this.source.length;
    // Marks the display form drops (zero-width joiners, soft hyphens) are dropped here too.
    const kept = [...this.source.slice(from, to)].filter((c) => SPACE.test(c) || foldChar(c) !== '').join('');
    const written = kept.replace(HAN_GAP, '').replace(/\s+/g, ' ').trim();
    // A span whose last characters folded into the next one's (rare: NFKC joining marks) is not trusted.
    return toDisplayText(written).replace(HAN_GAP, '') === name.replace(HAN_GAP, '') ? written : name;
  }
}

// Each source character is folded on its own, so every folded character points back at the one
// it came from; most fold to one character, a few (㈱) to several, which all point back at it.
function foldSource(source: string): Folded {
  let text = '';
  const at: number[] = [];
  let i = 0;
  for (const c of source) {
    if (!SPACE.test(c)) {
      const f = foldChar(c);
      for (const part of f) {
        if (SPACE.test(part)) continue;
        text += part;
        // One entry per UTF-16 unit, as indexOf counts: an emoji before a name (📢 中标候选人公示) is two.
        for (let unit = 0; unit < part.length; unit++) at.push(i);
      }
    }
    i += c.length;
  }
  return { text, at };
}

const charCache = new Map<string, string>();

function foldChar(c: string): string {
  let f = charCache.get(c);
  if (f === undefined) {
    // Characters the display form drops (zero-width marks) fold to nothing.
    f = c.charCodeAt(0) < 0x80 ? c : toDisplayText(c, false);
    charCache.set(c, f);
  }
  return f;
}
