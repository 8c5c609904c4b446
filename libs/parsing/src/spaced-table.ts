import { labelMultiplier, readAmountAfter } from './amount-reader';
import { budgetTierOf } from './budget-labels';

export interface SpacedTableBudget {
  tier: number;
  yuan: number;
  sourceText: string;
}

// Re-publishers flatten a table into one run of text, cells parted by single spaces and rows by
// nothing but their number: "序号 采购项目名称 采购需求概况 预算金额（万元） 预计采购时间 1 甲项目 概况
// 156.00 2030年2月 2 乙项目 …". When no cell holds a space, row 1's cell i sits under header cell i.
const HEADER_START = /序号[ \t\u3000]+/gu;
const MAX_HEADER_CELLS = 12;
const AMOUNT_CELL = /^(?:[¥￥])?\d[\d,]*(?:\.\d+)?$/u;

/** Budget of row 1 of a table flattened by spaces, under the header's budget column; null if unsure. */
export function spacedRowBudget(text: string): SpacedTableBudget | null {
  for (const m of text.matchAll(HEADER_START)) {
    const line = text.slice(m.index).split('\n')[0];
    const cells = line.split(/[ \t\u3000]+/u).filter(Boolean);
    const first = cells.indexOf('1');
    if (first < 3 || first > MAX_HEADER_CELLS) continue;
    const header = cells.slice(0, first);
    // Header cells are words: a figure among them means this is no header.
    if (header.some((h) => /\d/u.test(h.replace(/[(（][^()（）]*[)）]/gu, '')))) continue;
    // An items table (数量, 单价) adds its rows up, which a flattened run cannot be trusted to show.
    if (header.some((h) => /数量|单价/u.test(h))) continue;
    const column = header.findIndex((h) => budgetTierOf(h) !== null);
    if (column < 0) continue;
    const cell = cells[first + column];
    if (!cell || !AMOUNT_CELL.test(cell)) continue;
    const hit = readAmountAfter(cell, 0, labelMultiplier(header[column]));
    if (!hit || hit.yuan === null || hit.yuan < 100) continue;
    return { tier: budgetTierOf(header[column])!, yuan: hit.yuan, sourceText: `${header[column]} | ${cell}` };
  }
  return null;
}
