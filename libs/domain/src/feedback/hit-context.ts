import type { BulletinHits } from '@app/matcher';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// Sentence ends in Chinese notices, and the line breaks of plain text.
const SENTENCE_END = /[。；;！!？?\n]/;
const SENTENCE_MAX = 80;
// Segmenting a whole body is slow; a word never spans more than a few characters around a hit.
const WORD_WINDOW = 8;

export type HitPlace = 'title' | 'body';

/** One place a term was found, for people: the sentence around it and the word it sits in. */
export interface HitContext {
  place: HitPlace;
  /** Offset of the hit in the match-form text. */
  index: number;
  /** The sentence that contains the hit, clipped to about 80 characters around it. */
  sentence: string;
  /** Where the hit sits inside `sentence`, so a page can mark it. */
  start: number;
  end: number;
  /** The segmenter's word(s) covering the hit, e.g. 市政府 for 市政 in 焦作市政府采购网. */
  word: string;
  /** The hit straddles a word boundary (the matcher's verdict): an accidental substring. */
  insideLongerWord: boolean;
  /** This occurrence makes the keyword count for the subscription (a word outside boilerplate, or a literal entry). */
  counts: boolean;
}

/** The words (as Intl.Segmenter splits them) overlapping [start, end) of `text`, joined. */
export function coveringWord(text: string, start: number, end: number): { word: string; aligned: boolean } {
  const from = Math.max(0, start - WORD_WINDOW);
  const window = text.slice(from, Math.min(text.length, end + WORD_WINDOW));
  let first = -1;
  let last = -1;
  for (const s of segmenter.segment(window)) {
    const a = from + s.index;
    const b = a + s.segment.length;
    if (b <= start || a >= end) continue;
    if (first === -1) first = a;
    last = b;
  }
  if (first === -1) return { word: text.slice(start, end), aligned: true };
  return { word: text.slice(first, last), aligned: first === start && last === end };
}

function sentenceAround(text: string, start: number, end: number): { sentence: string; offset: number } {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(text[a - 1]) && start - a < SENTENCE_MAX / 2) a--;
  let b = end;
  while (b < text.length && !SENTENCE_END.test(text[b]) && b - end < SENTENCE_MAX / 2) b++;
  if (b < text.length && SENTENCE_END.test(text[b]) && text[b] !== '\n') b++;
  return { sentence: text.slice(a, b).trim(), offset: a + (text.slice(a, b).length - text.slice(a, b).trimStart().length) };
}

/**
 * Where `term` occurs in the bulletin, with its sentence and covering word, the occurrences that
 * count for the matcher (BulletinHits) first, at most `limit`.
 */
export function hitContexts(
  hits: BulletinHits,
  term: string,
  opts: { literal?: boolean; titleOnly?: boolean; limit?: number } = {},
): HitContext[] {
  const found = hits.occurrences(term, opts.literal ?? false, opts.titleOnly ?? false);
  const ordered = [...found.filter((o) => o.counts), ...found.filter((o) => !o.counts)].slice(0, opts.limit ?? 3);
  return ordered.map((o) => {
    const place: HitPlace = o.place === 'title' ? 'title' : 'body';
    const text = place === 'title' ? hits.titleMatch : hits.bodyMatch;
    const end = o.offset + term.length;
    const { sentence, offset } = sentenceAround(text, o.offset, end);
    const { word } = coveringWord(text, o.offset, end);
    return {
      place,
      index: o.offset,
      sentence,
      start: o.offset - offset,
      end: end - offset,
      word,
      insideLongerWord: !o.aligned,
      counts: o.counts,
    };
  });
}
