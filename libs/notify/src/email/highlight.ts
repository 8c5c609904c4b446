import { withoutLiteralMark } from '@app/matcher';
import { toMatchText } from '@app/text';
import { escapeHtml } from './escape-html';

const HIT_OPEN = '<span class="hit" style="background-color:#ffe58f;color:#000000;border-radius:2px;padding:0 1px">';
const HIT_CLOSE = '</span>';

// The matching form of single characters, each computed once per process: running the
// traditional→simplified converter on every character of every title was most of a message's cost.
// Bounded by the characters in use (a few thousand Han characters, ASCII, punctuation).
const CHAR_FORMS = new Map<string, string>();
const CHAR_FORMS_MAX = 100_000;

function matchForm(ch: string): string {
  let form = CHAR_FORMS.get(ch);
  if (form === undefined) {
    // Whitespace is dropped: the matcher ignores it between CJK characters, hits may span it.
    form = /\s/.test(ch) ? '' : toMatchText(ch);
    if (CHAR_FORMS.size < CHAR_FORMS_MAX) CHAR_FORMS.set(ch, form);
  }
  return form;
}

// Hits are the members' keywords: few distinct ones, met again and again.
const HIT_FORMS = new Map<string, string>();

function hitForm(hit: string): string {
  let form = HIT_FORMS.get(hit);
  if (form === undefined) {
    form = toMatchText(withoutLiteralMark(hit)).replace(/\s+/g, '');
    if (HIT_FORMS.size < CHAR_FORMS_MAX) HIT_FORMS.set(hit, form);
  }
  return form;
}

/** `text` in matching form (`hay`), with where each of its UTF-16 units came from in the original. */
interface Normalised {
  hay: string;
  /** Per unit of `hay`: the index of the character it came from in `hay`'s character list. */
  slot: Int32Array;
  /** Per character of `hay`: its index in the original text. */
  origin: Int32Array;
}

// The same notice is shown to every member it matched, so its title and snippet come back message
// after message: their matching form is kept, in a map emptied when it grows past a day's notices
// (titles and 160-character snippets: about a kilobyte each).
const NORMALISED = new Map<string, Normalised>();
const NORMALISED_MAX = 20_000;

function normalise(text: string): Normalised {
  const cached = NORMALISED.get(text);
  if (cached) return cached;
  const chars: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    for (const n of matchForm(ch)) {
      chars.push(n);
      origin.push(i);
    }
    i += ch.length;
  }
  // Offsets in `hay` are in UTF-16 units; map each back to its character slot.
  const slot: number[] = [];
  chars.forEach((c, k) => {
    for (let u = 0; u < c.length; u++) slot.push(k);
  });
  const result = { hay: chars.join(''), slot: Int32Array.from(slot), origin: Int32Array.from(origin) };
  if (NORMALISED.size >= NORMALISED_MAX) NORMALISED.clear();
  NORMALISED.set(text, result);
  return result;
}

/**
 * Where the matched terms occur in `text`, as merged [start, end) ranges of the original string.
 * Compares in the matcher's normal form (NFKC, lower case, simplified, white space ignored), so a
 * hit "道路" also finds "道 路" and "道路" written in full-width or traditional characters.
 */
export function findHits(text: string, hits: string[]): Array<[number, number]> {
  const { hay, slot, origin } = normalise(text);
  const ranges: Array<[number, number]> = [];
  for (const hit of new Set(hits.map(hitForm).filter(Boolean))) {
    for (let at = hay.indexOf(hit); at >= 0; at = hay.indexOf(hit, at + 1)) {
      const first = slot[at];
      const last = slot[at + hit.length - 1];
      const end = last + 1 < origin.length ? origin[last + 1] : text.length;
      ranges.push([origin[first], trimEnd(text, origin[first], end)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

// A range ends before the white space that follows its last character.
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** `text` HTML-escaped, with every hit wrapped in a highlight span. */
export function highlightHtml(text: string, hits: string[]): string {
  let out = '';
  let pos = 0;
  for (const [start, end] of findHits(text, hits)) {
    out += escapeHtml(text.slice(pos, start)) + HIT_OPEN + escapeHtml(text.slice(start, end)) + HIT_CLOSE;
    pos = end;
  }
  return out + escapeHtml(text.slice(pos));
}
