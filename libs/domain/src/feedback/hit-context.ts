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
  /** The hit does not coincide with word boundaries: likely an accidental substring. */
  insideLongerWord: boolean;
}

/** Every offset of `term` in `text` (overlapping occurrences included), at most `limit`. */
export function occurrences(text: string, term: string, limit = 20): number[] {
  const found: number[] = [];
  if (!term) return found;
  for (let i = text.indexOf(term); i !== -1 && found.length < limit; i = text.indexOf(term, i + 1)) found.push(i);
  return found;
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

/** Where `term` occurs in a title or body (match form), with its sentence and covering word. */
export function hitContexts(place: HitPlace, text: string, term: string, limit = 3): HitContext[] {
  return occurrences(text, term, limit).map((index) => {
    const end = index + term.length;
    const { sentence, offset } = sentenceAround(text, index, end);
    const { word, aligned } = coveringWord(text, index, end);
    return { place, index, sentence, start: index - offset, end: end - offset, word, insideLongerWord: !aligned && word.length > term.length };
  });
}
