import { DESIGN_PARAMETER_REACH, isDesignParameter } from './design-parameters';
import { continuesIntoInstitutionName, INSTITUTION_SUFFIX_MAX } from './institution-names';
import { continuesIntoStreetName, STREET_NAME_REACH } from './street-names';
import { type BoundaryFinder, intlBoundaries, jiebaBoundaries } from './word-segmenters';

/** Which segmenters decide CJK word boundaries; `both` is what matching uses (see isAligned). */
export type SegmenterChoice = 'both' | 'intl' | 'jieba';

/** Han characters on each side of a hit given to the segmenter: enough context for a word or two. */
const WINDOW = 8;
// Verdicts are cached by WINDOW characters of context, so every rule must look no further.
if (INSTITUTION_SUFFIX_MAX > WINDOW) throw new Error('institution suffixes reach beyond the cached context');
if (DESIGN_PARAMETER_REACH > WINDOW) throw new Error('design parameter words reach beyond the cached context');
if (STREET_NAME_REACH > WINDOW) throw new Error('street names reach beyond the cached context');

/**
 * Words in which a keyword covering only a part is never a hit, though both segmenters accept it
 * (ICU splits 工程|师; both keep 市政府 whole, so 市政 looks like a piece of it). Each is tested.
 * Not 造价师 or 设计师: there the keyword keeps its meaning (a cost engineer is about 造价).
 */
export const BLOCKING_WORDS: readonly string[] = ['工程师', '市政府', '市政协'];

const blockersByTerm = new Map<string, Array<{ word: string; at: number }>>();

function blockersOf(term: string): Array<{ word: string; at: number }> {
  let list = blockersByTerm.get(term);
  if (list === undefined) {
    list = [];
    for (const word of BLOCKING_WORDS) {
      if (word === term) continue;
      for (let at = word.indexOf(term); at >= 0; at = word.indexOf(term, at + 1)) list.push({ word, at });
    }
    if (blockersByTerm.size > 100_000) blockersByTerm.clear();
    blockersByTerm.set(term, list);
  }
  return list;
}

// Code units, not code points: a surrogate half counts as Han (CJK extensions live there).
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff);
}
const isLetter = (c: number) => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Whether the edge between `outer` and `inner` (the hit's first or last code unit) is a word
 * boundary: true, false, or null when both are Han and only a segmenter can tell. Latin letters
 * need a non-letter beside them, digits a non-digit ("2it" keeps "it"; "g420" loses "g42").
 */
function edge(outer: number, inner: number): boolean | null {
  if (Number.isNaN(outer)) return true;
  if (isLetter(inner)) return !isLetter(outer);
  if (isDigit(inner)) return !isDigit(outer);
  if (isHan(inner)) return isHan(outer) ? null : true;
  return true;
}

/**
 * Whether the hit text[start, end) is a word of its context rather than an accidental substring.
 * CJK: the hit must not straddle a word boundary: it covers whole segments (道路|工程, or 养|护
 * split too finely) or lies inside one segment (水利 in 水利工程), but not part of one segment
 * plus its neighbour (市政 in 焦作市|政府). Segments are the union of both segmenters' boundaries
 * over a window around the hit: jieba keeps compounds (北京市政府) that ICU splits, ICU splits
 * compounds (市政|道路) that jieba keeps. Latin: letters and digits need boundaries (see edge).
 * Exceptions: pieces of BLOCKING_WORDS, hits that run on into the name of a school or institute
 * (电力 in 华北电力大学) or a street address or sub-district (文化 in 文化路97号, 石油 in 石油街道), and 设计 or 环境 in a parameter name (设计速度, 工作环境温度) or 设计 in 施工组织设计
 * (design-parameters.ts).
 * `segmenters` and `exceptions` other than the defaults are for measuring.
 */
export function isAligned(text: string, start: number, end: number, segmenters: SegmenterChoice = 'both', exceptions = true): boolean {
  if (start >= end) return false;
  const left = edge(text.charCodeAt(start - 1), text.charCodeAt(start));
  const right = edge(text.charCodeAt(end), text.charCodeAt(end - 1));
  if (left === false || right === false) return false;
  if (left === true && right === true) return !(exceptions && blocked(text, start, end));
  // The verdict depends only on WINDOW characters either side: notices repeat their phrases
  // (every 北京市政府采购电子交易平台), so remember verdicts by that context.
  const from = Math.max(0, start - WINDOW);
  const key = `${segmenters}${exceptions ? '+' : '-'}${start - from}:${end - start}:${text.slice(from, end + WINDOW)}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = segmentsAllow(text, start, end, left === null, right === null, segmenters) && !(exceptions && blocked(text, start, end));
    if (verdicts.size >= VERDICTS_MAX) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict;
}

const VERDICTS_MAX = 200_000;
const verdicts = new Map<string, boolean>();

function segmentsAllow(
  text: string,
  start: number,
  end: number,
  needLeft: boolean,
  needRight: boolean,
  segmenters: SegmenterChoice,
): boolean {
  let from = start;
  while (from > 0 && start - from < WINDOW && isHan(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && isHan(text.charCodeAt(to))) to++;
  const run = text.slice(from, to);
  const s = start - from;
  const e = end - from;
  const finders: BoundaryFinder[] =
    segmenters === 'intl' ? [intlBoundaries] : segmenters === 'jieba' ? [jiebaBoundaries] : [jiebaBoundaries, intlBoundaries];
  const bounds = new Set<number>();
  for (const find of finders) {
    for (const b of find(run)) bounds.add(b);
    // Boundaries only ever get added: once both edges are boundaries, more segmenters cannot change it.
    if ((!needLeft || bounds.has(s)) && (!needRight || bounds.has(e))) return true;
  }
  for (const b of bounds) if (b > s && b < e) return false;
  return true;
}

function blocked(text: string, start: number, end: number): boolean {
  if (continuesIntoInstitutionName(text, end) || continuesIntoStreetName(text, end) || isDesignParameter(text, start, end)) return true;
  for (const { word, at } of blockersOf(text.slice(start, end))) {
    if (start - at >= 0 && text.startsWith(word, start - at)) return true;
  }
  return false;
}
