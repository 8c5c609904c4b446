import type { DateHit } from './date-scan';

// A change may move only the opening ("开标时间由A更正为B") and say in the same notice that the bid
// deadline stands ("投标截止时间不变，仍为C"): the bids still close at C, and B is only when they are opened.
// The new opening is the deadline only where no standing cut-off is stated (an opening alone, as ever).
const STANDS = /(?:截止|截标)(?:时间|日期)?[^\n。；;]{0,8}?(?:仍为|仍是|依然为|维持为?|保持为?)[:：]?[ \t]*$/u;
const STANDS_REACH = 30;
const OPENING = /开标|开启/u;
const CUTOFF = /截止|截标/u;

/** Whether the date at `at` is a bid cut-off said to stand unchanged. */
export function standingDeadline(text: string, at: number): boolean {
  return STANDS.test(text.slice(Math.max(0, at - STANDS_REACH), at));
}

/** Whether the change whose verb's clause is `clause` moves the opening and names no cut-off. */
export function movesOnlyOpening(clause: string): boolean {
  return OPENING.test(clause) && !CUTOFF.test(clause);
}

/** The hits with standing cut-offs first when every change among `changed` moves only the opening. */
export function standingFirst(changed: DateHit[], standing: DateHit[], onlyOpening: (h: DateHit) => boolean): DateHit[] {
  return standing.length && changed.length && changed.every(onlyOpening) ? [...standing, ...changed] : [...changed];
}
