import { supplierNamesIn } from './org-names';
import { AGENCY_NAME } from './winner-names';

// "1、甲公司 投标报价1,200,000.00元 第一名", "中标候选人：甲公司，投标报价：…，排名第一": a rank closing a
// line after a name (and its bid) is that name's rank, as a rank cell closing a table row is; it does
// not head the line below. The line must name one firm, not an agency: with several, which one the
// rank is for is not clear, and a rank in brackets ("乙公司(第一名)") is a note on the name right
// before it, read as such elsewhere.
const LINE_ENDS = /^[ \t。.;；]*(?:\n|$)/u;

/** The name on the line of a rank that ends it, or null. */
export function nameBeforeRankAtLineEnd(text: string, start: number, end: number): string | null {
  if (text[start - 1] === '(' || !LINE_ENDS.test(text.slice(end, end + 6))) return null;
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const names = supplierNamesIn(line).filter((n) => !AGENCY_NAME.test(n));
  return names.length === 1 ? names[0] : null;
}

// "甲公司  1,200,000.00元  第一名": the line a first rank closes is the first-ranked bidder's row,
// whatever order the rows stand in.
const FIRST_RANK_CLOSES = /(?:第[一1]名|排名第[一1]|第[一1](?:中标|成交|中选)?候选人)[ \t。.;；]*$/u;

/** Whether the line holding `at` is closed by a first rank. */
export function lineClosedByFirstRank(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  return FIRST_RANK_CLOSES.test(text.slice(at, end < 0 ? text.length : end));
}
