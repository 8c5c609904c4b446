import { LOT_NAME } from './lot-numbers';

// A result of several lots won by different suppliers is told by its first lot, as lists of lots
// are everywhere here (see lot-order): a total over the lots ("本项目共两个合同包，中标总金额：…",
// "两个标项成交金额合计…") adds up what different suppliers won, and is no one's award.
const LOT_MARKS = new RegExp(LOT_NAME, 'gu');
const TOTAL_AFTER_LABEL = /^\s*(?:合计|总计|共计)/u;
const TOTAL_BEFORE_LABEL = /(?:合计|总计|共计)\s*$/u;

/** Whether the notice names two lots or more and two winners or more. */
export function lotsOfSeveralWinners(text: string, winners: readonly string[]): boolean {
  if (winners.length < 2) return false;
  const lots = new Set<string>();
  for (const m of text.matchAll(LOT_MARKS)) {
    lots.add(m[0].replace(/\s+/gu, ''));
    if (lots.size >= 2) return true;
  }
  return false;
}

/** Whether the award label from `start` to `end` is said to be a total ("成交金额合计", "合计中标金额"). */
export function labelSaysTotal(text: string, start: number, end: number): boolean {
  return TOTAL_AFTER_LABEL.test(text.slice(end, end + 6)) || TOTAL_BEFORE_LABEL.test(text.slice(Math.max(0, start - 4), start));
}
