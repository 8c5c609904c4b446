import * as OpenCC from 'opencc-js';
import { cleanScrapeNoise } from './scrape-noise';

// Taiwan and Hong Kong variants both map to mainland simplified; 'tw' covers the common characters.
const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

// Most bulletins are written in simplified characters already. A conversion can only change a
// text that holds a character some dictionary entry changes, so texts without any such character
// skip the dictionary walk. The set comes from the converter's own dictionaries. It is looked up
// by character code: a character class of some 3,000 characters costs ten times the table's loop.
const CONVERTIBLE = convertibleCharacters();

interface Convertible {
  /** 1 for a convertible BMP character, 2 for a high surrogate that starts one beyond it. */
  bmp: Uint8Array;
  astral: Set<number>;
}

function convertibleCharacters(): Convertible {
  const chars = new Set<string>();
  // Characters changed inside some phrase entry: always kept.
  const inPhrases = new Set<string>();
  const locale = (OpenCC as unknown as { Locale: { from: Record<string, unknown[]>; to: Record<string, unknown[]> } }).Locale;
  for (const dict of [...locale.from.tw, ...locale.to.cn]) {
    const text = Array.isArray(dict) ? dict.join('|') : String(dict);
    for (const entry of text.split('|')) {
      const [from, to] = entry.split(' ');
      if (!from || to === undefined) continue;
      const a = [...from];
      const b = [...to];
      a.forEach((c, i) => {
        if (a.length === b.length && c === b[i]) return;
        chars.add(c);
        if (a.length > 1) inPhrases.add(c);
      });
    }
  }
  // A character that one dictionary changes and the next changes back (才 → 纔 → 才) changes nothing.
  for (const c of chars) if (!inPhrases.has(c) && convert(c) === c) chars.delete(c);
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const c of chars) {
    const code = c.codePointAt(0)!;
    if (code < 0x10000) bmp[code] = 1;
    else {
      bmp[c.charCodeAt(0)] = 2;
      astral.add(code);
    }
  }
  return { bmp, astral };
}

function mayConvert(text: string): boolean {
  const { bmp, astral } = CONVERTIBLE;
  for (let i = 0; i < text.length; i++) {
    const mark = bmp[text.charCodeAt(i)];
    if (mark === 1 || (mark === 2 && astral.has(text.codePointAt(i)!))) return true;
  }
  return false;
}

// Conversion is most of the cost of normalising, and a bulletin's text is normalised for display,
// for matching and for region lookup in turn. Converted text converts to itself, so the last few
// results are kept under their own text too.
const RECENT = 8;
const recent = new Map<string, string>();
function toSimplified(text: string): string {
  if (!mayConvert(text)) return text;
  const hit = recent.get(text);
  if (hit !== undefined) return hit;
  const out = convert(text);
  while (recent.size >= RECENT - 1) recent.delete(recent.keys().next().value!);
  recent.set(text, out);
  recent.set(out, out);
  return out;
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
// The space is looked for first: a look back from every character of a body is the dearer test.
const SPACE_BETWEEN_CJK = new RegExp(`(?=\\s)(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu');

/**
 * Display form: scrape noise cleaned (scrape-noise.ts), NFKC (full-width → half-width), traditional → simplified, runs of spaces and
 * tabs collapsed, line breaks kept (at most one blank line), trimmed. Text whose entities are decoded already
 * (from HTML) passes decodeEntities false.
 */
export function toDisplayText(input: string, decodeEntities = true): string {
  return toSimplified(cleanScrapeNoise(input, decodeEntities).normalize('NFKC'))
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// The parser and the region scan each put a bulletin's title and body in matching form, a third
// of it text already done once; short texts (names, keywords) cost less than remembering them.
const MATCH_MEMO_MIN = 64;
const recentMatch = new Map<string, string>();

/**
 * Matching form: the display form with Latin lower-cased and white space between CJK characters
 * removed (so "道 路" matches 道路); other white space becomes a single space.
 * Keywords and bulletin text both go through this, so substring search is consistent.
 */
export function toMatchText(input: string): string {
  const hit = recentMatch.get(input);
  if (hit !== undefined) return hit;
  const out = toSimplified(cleanScrapeNoise(input).normalize('NFKC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(SPACE_BETWEEN_CJK, '')
    .trim();
  if (input.length >= MATCH_MEMO_MIN) {
    if (recentMatch.size >= RECENT) recentMatch.delete(recentMatch.keys().next().value!);
    recentMatch.set(input, out);
  }
  return out;
}
