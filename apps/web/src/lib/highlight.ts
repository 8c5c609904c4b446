import { termParts } from './terms';

/** A run of text, marked when it is one of the searched terms. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits `text` into plain and hit runs for the parts of the given keyword entries ("道路 改造"
 * highlights 道路 and 改造). Comparison is as the matcher's, per character: NFKC and lower case, so
 * ＬＥＤ in the text is found for the keyword led. The result is text for React to escape: never HTML.
 */
export function highlight(text: string, entries: readonly string[]): Segment[] {
  const chars = Array.from(text);
  const parts = [...new Set(entries.flatMap(termParts))];
  if (!parts.length || !chars.length) return chars.length ? [{ text, hit: false }] : [];

  // The normalised text, one code unit at a time, with the index of the character it came from.
  let normalised = '';
  const origin: number[] = [];
  chars.forEach((c, i) => {
    const n = c.normalize('NFKC').toLowerCase();
    normalised += n;
    for (let k = 0; k < n.length; k++) origin.push(i);
  });

  const marked = new Array<boolean>(chars.length).fill(false);
  for (const part of parts) {
    for (let at = normalised.indexOf(part); at !== -1; at = normalised.indexOf(part, at + 1)) {
      for (let i = origin[at]; i <= origin[at + part.length - 1]; i++) marked[i] = true;
    }
  }

  const segments: Segment[] = [];
  chars.forEach((c, i) => {
    const last = segments[segments.length - 1];
    if (last && last.hit === marked[i]) last.text += c;
    else segments.push({ text: c, hit: marked[i] });
  });
  return segments;
}

/** A window of `text` around its first hit, for list items: '…在渝中区道路改造工程…'. */
export function snippet(text: string, entries: readonly string[], width = 80): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= width) return chars.join('');
  const segments = highlight(chars.join(''), entries);
  let first = 0;
  for (const s of segments) {
    if (s.hit) break;
    first += Array.from(s.text).length;
  }
  if (first >= chars.length) first = 0;
  const start = Math.max(0, Math.min(first - Math.floor(width / 4), chars.length - width));
  const end = start + width;
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}
