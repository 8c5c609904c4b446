import { readAmountAfter, unitStatedAbove } from './amount-reader';

// A 谈判 or 磋商 asks each supplier for more than one quote, and a result written in fields may give
// them one under the other: "投标报价：1,300,000.00元\n最终报价：1,235,000.00元" (首次报价 then 二次报价,
// 第一轮报价 then 第二轮报价). The supplier won at its last round's quote; the first is what it offered
// before negotiating. (A table giving each round a column is read by result-table.ts.)
const LAST_ROUND_LABEL = /(?:最终|最后|末轮|二次|第二轮)报价(?:\([^()\n]{1,8}\))?\s*(?:[:：]|为)/u;
// The first bidder's fields end where the next bidder's start or the text moves on.
const BLOCK_END = /第[二2三3](?:名|中标|成交|中选|候选)|\n\s*[2二][、.．]|\n[ \t]*\n|。/u;
const MIN_YUAN = 100;

/** The last round's quote in the fields right after a first-round bid at `from`, or null. */
export function lastRoundBidAfter(text: string, from: number): number | null {
  let block = text.slice(from, from + 160);
  const end = BLOCK_END.exec(block);
  if (end) block = block.slice(0, end.index);
  const label = LAST_ROUND_LABEL.exec(block);
  if (!label) return null;
  const at = from + label.index + label[0].length;
  const hit = readAmountAfter(text, at, unitStatedAbove(text, at));
  return hit?.yuan != null && hit.yuan >= MIN_YUAN ? hit.yuan : null;
}

/** Whether a bid label found is itself a last round's (then no later round is looked for). */
export function isLastRoundLabel(label: string): boolean {
  return /(?:最终|最后|末轮|二次|第二轮)报价$/u.test(label);
}
