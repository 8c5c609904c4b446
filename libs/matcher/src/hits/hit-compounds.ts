import { jiebaTaggedWords } from './word-segmenters';

/** Han characters on each side of a hit looked at for the words around it. */
const WINDOW = 8;
const HAN_RUN = /^[\p{Script=Han}]+$/u;
// Left of a keyword, a verb or function word is the clause's predicate (具备|市政), not part of a
// name; a noun or place word modifies it (进场|道路, 室外|道路).
const LEFT_TAG = /^(n|s|b|f|j|l|vn)/;
// Right of it, verbs are often the head of a noun compound too (道路|照明, 道路|改造).
const RIGHT_TAG = /^(n|s|b|f|j|l|v)/;

export interface HitCompound {
  /** The longer term around the hit, as it stands in the text. */
  word: string;
  /** The word added to the hit (the whole compound when the hit lies inside one word). */
  added: string;
}

function isHan(c: string | undefined): boolean {
  return c !== undefined && HAN_RUN.test(c);
}

/**
 * Longer terms around the word hit text[start, end) that say what this notice is about, e.g. as
 * exclude words that keep the keyword's other uses: the word the hit lies inside (市政道路 around
 * 道路), otherwise the hit joined with its next word (道路照明) or previous one (进场道路). Only Han
 * words of two or more characters are joined. Empty for hits that are not Han.
 */
export function compoundsAround(text: string, start: number, end: number): HitCompound[] {
  if (start >= end || !HAN_RUN.test(text.slice(start, end))) return [];
  let from = start;
  while (from > 0 && start - from < WINDOW && isHan(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && isHan(text[to])) to++;
  const words: Array<{ word: string; tag: string; a: number; b: number }> = [];
  let at = from;
  for (const w of jiebaTaggedWords(text.slice(from, to))) words.push({ ...w, a: at, b: (at += w.word.length) });
  const first = words.findIndex((w) => w.b > start);
  let last = first;
  while (last + 1 < words.length && words[last + 1].a < end) last++;
  if (first < 0) return [];
  if (words[first].a < start || words[last].b > end) {
    const word = text.slice(words[first].a, words[last].b);
    return [{ word, added: word }];
  }
  const out: HitCompound[] = [];
  const hit = text.slice(start, end);
  const next = words[last + 1];
  if (next && next.word.length >= 2 && RIGHT_TAG.test(next.tag)) out.push({ word: hit + next.word, added: next.word });
  const prev = words[first - 1];
  if (prev && prev.word.length >= 2 && LEFT_TAG.test(prev.tag)) out.push({ word: prev.word + hit, added: prev.word });
  return out;
}
