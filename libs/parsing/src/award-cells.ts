import { parseAmount } from './amounts';

// Figures of award notices shared by the readers of labels, tables and prose.

// What a label may carry before its value: "报价:586000", "金额：…".
const CELL_LABEL = /^(?:[^\d¥￥]{0,6}?(?:报价|金额|价格|总价)\s*[:：]?)/u;
export const RATE_CELL = /%|率/u;

// A figure found without its own label is taken for the award only from a thousand yuan up: below
// that it is a unit price, a fee or a count.
export const MIN_UNLABELLED_YUAN = 1000;

// Marks a figure from before a negotiation or a discount (议价前, 优惠前): the one after it counts.
export const BEFORE_A_CHANGE_WORD = /(?:议价|谈判|磋商|优惠|让利|调整|变更|更正|降价)前/u;

/** A table cell's money in yuan (a rate is none); `unit` is the column's (万元 → 10000). */
export function cellAmount(cell: string, unit: number): number | null {
  if (RATE_CELL.test(cell)) return null;
  const value = cell
    .replace(CELL_LABEL, '')
    .replace(/^[¥￥]/u, '')
    .replace(/\((?:元|万元)\)$/u, (m) => (m.includes('万') ? '万元' : '元'));
  return parseAmount(value, unit);
}
