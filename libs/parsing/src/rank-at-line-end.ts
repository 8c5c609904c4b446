import { supplierNamesIn } from './org-names';

// "1、甲公司 投标报价1,200,000.00元 第一名": a rank closing a line after a name (and its bid) is that
// name's rank, as a rank cell closing a table row is; it does not head the line below. A label
// standing before the name on the line ("推荐第一名：") is not such a line: the name must be the
// line's own, before the rank, with no colon between it and the rank.
const LINE_ENDS = /^[ \t。.;；]*(?:\n|$)/u;
const COLON = /[:：]/u;

/** The name on the line of a rank that ends it, or null. */
export function nameBeforeRankAtLineEnd(text: string, start: number, end: number): string | null {
  if (!LINE_ENDS.test(text.slice(end, end + 6))) return null;
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const name = supplierNamesIn(line)[0];
  if (!name) return null;
  return COLON.test(line.slice(line.indexOf(name) + name.length)) ? null : name;
}

// "甲公司  1,200,000.00元  第一名": the line a first rank closes is the first-ranked bidder's row,
// whatever order the rows stand in.
const FIRST_RANK_CLOSES = /(?:第[一1]名|排名第[一1]|第[一1](?:中标|成交|中选)?候选人)[ \t。.;；]*$/u;

/** Whether the line holding `at` is closed by a first rank. */
export function lineClosedByFirstRank(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  return FIRST_RANK_CLOSES.test(text.slice(at, end < 0 ? text.length : end));
}
