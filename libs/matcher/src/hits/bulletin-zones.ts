import { RULES, STOP_CODES, type Rule } from './boilerplate-rules';

/** Where in a bulletin a keyword hit sits. */
export type HitPlace = 'title' | 'opening' | 'body' | 'qualification' | 'boilerplate';

/** A span of the body in match form, [start, end). */
export interface Zone {
  start: number;
  end: number;
  place: 'opening' | 'qualification' | 'boilerplate';
}

// Section headings as written in notices: 三、申请人的资格要求 / 第三章 / 4.投标人资格要求.
const QUALIFICATION_WORDS = [
  '资格要求',
  '资格条件',
  '资质要求',
  '资格审查',
  '投标人资格',
  '申请人资格',
  '申请人的资格',
  '供应商资格',
  '资格标准',
  '资质条件',
];
const NEXT_HEADING = /[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[章节条]/g;
const QUALIFICATION_MAX = 1500;
const OPENING_MIN = 60;
const OPENING_MAX = 240;

const RULE_OF = new Map<string, Rule | 'qualification'>();
for (const rule of RULES) for (const w of rule.words) RULE_OF.set(w, rule);
for (const w of QUALIFICATION_WORDS) RULE_OF.set(w, 'qualification');
// Trigger words by their first code unit, longest first (发布媒介 wins over 发布 at one place). A
// lookup per character beats a 60-word regex alternation, which tries every word at every place.
const FIRST_LISTS: string[][] = [];
/** 1 + index into FIRST_LISTS of the words starting with a code unit; 0 = none. */
const FIRST = new Uint8Array(65536);
for (const w of [...RULE_OF.keys()].sort((x, y) => y.length - x.length)) {
  const c = w.charCodeAt(0);
  if (FIRST[c] === 0) FIRST[c] = FIRST_LISTS.push([]);
  FIRST_LISTS[FIRST[c] - 1].push(w);
}

/**
 * Zones of a body in match form, in order of precedence (boilerplate over qualification over
 * opening); what no zone covers is plain body.
 */
export function bodyZones(body: string): Zone[] {
  const zones: Zone[] = [];
  let qualificationEnd = 0;
  for (let at = 0; at < body.length; at++) {
    const list = FIRST[body.charCodeAt(at)];
    if (list === 0) continue;
    let word: string | undefined;
    for (const w of FIRST_LISTS[list - 1]) {
      if (body.startsWith(w, at)) {
        word = w;
        break;
      }
    }
    if (word === undefined) continue;
    const rule = RULE_OF.get(word)!;
    if (rule === 'qualification') {
      // The heading word itself (资质要求, 资格审查) never names the work, whatever the keyword in it.
      zones.push({ start: at, end: at + word.length, place: 'boilerplate' });
      if (at >= qualificationEnd) {
        NEXT_HEADING.lastIndex = at;
        const next = NEXT_HEADING.exec(body);
        qualificationEnd = Math.min(next === null ? body.length : next.index, at + QUALIFICATION_MAX);
        zones.push({ start: at, end: qualificationEnd, place: 'qualification' });
      }
    } else {
      const span = rule.span(body, at, word);
      if (span !== null && span[1] > span[0]) zones.push({ start: span[0], end: span[1], place: 'boilerplate' });
    }
    at += word.length - 1;
  }
  zones.push({ start: 0, end: openingEnd(body), place: 'opening' });
  return zones;
}

// The lead: the first sentence(s) up to a sentence end past OPENING_MIN, at most OPENING_MAX.
function openingEnd(body: string): number {
  for (let i = OPENING_MIN; i < Math.min(body.length, OPENING_MAX); i++) if (STOP_CODES.has(body.charCodeAt(i))) return i + 1;
  return Math.min(body.length, OPENING_MAX);
}

const RANK: Record<Zone['place'], number> = { boilerplate: 3, qualification: 2, opening: 1 };

/** Place of the hit body[start, end): the strongest zone that covers any of it. */
export function placeIn(zones: readonly Zone[], start: number, end: number): Exclude<HitPlace, 'title'> {
  let best: Zone['place'] | null = null;
  for (const z of zones) {
    if (z.start < end && start < z.end && (best === null || RANK[z.place] > RANK[best])) best = z.place;
  }
  return best ?? 'body';
}

/** How long a hit's sentence gets; readers that cut it from a stored body read this much around the hit. */
export const SENTENCE_MAX = 120;

/** The sentence around text[start, end), cut (with …) to about SENTENCE_MAX characters around the hit. */
export function sentenceAround(text: string, start: number, end: number): string {
  const stop = (i: number) => STOP_CODES.has(text.charCodeAt(i));
  let from = start;
  while (from > 0 && !stop(from - 1) && start - from < SENTENCE_MAX / 2) from--;
  let to = end;
  while (to < text.length && to - from < SENTENCE_MAX && !stop(to - 1)) to++;
  const head = from > 0 && !stop(from - 1) ? '…' : '';
  const tail = to < text.length && !stop(to - 1) ? '…' : '';
  return `${head}${text.slice(from, to).trim()}${tail}`;
}
