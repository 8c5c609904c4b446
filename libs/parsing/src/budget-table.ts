import { readAmountAfter, labelMultiplier } from './amount-reader';
import { budgetTierOf } from './budget-labels';
import { splitCells } from './table-cells';

export interface TableBudget {
  tier: number;
  yuan: number;
  sourceText: string;
}

// Plan tables (招标计划) arrive flattened by the crawler: cells begin with "|", a cell may wrap
// over several lines, and each row begins with its number (1, 2, …) on a line of its own.
const AMOUNT_CELL_TAIL = /^\s*(?:\(.*)?(?:\n[\s\S]*)?$/u;
const ROW_NUMBER_AT_END = /(?:^|\n)\s*(\d{1,2})\s*$/u;

/**
 * Budget from the first data row of a flattened "序号 | 项目名称 | … | 投资额（万元） | …" table.
 * Merged cells shift columns, so the amount cell nearest the budget column wins.
 */
export function tableBudget(text: string): TableBudget | null {
  const table = firstPlanRow(text);
  if (!table) return headerLineBudget(text);
  const { header, row } = table;
  const column = header.findIndex((h) => budgetTierOf(h) !== null);
  if (column < 0) return null;
  const tier = budgetTierOf(header[column])!;
  const unit = labelMultiplier(header[column].replace(/\s+/g, ''));

  let best: { distance: number; yuan: number; cell: string } | null = null;
  for (let offset = 1; offset < row.length; offset++) {
    const cell = row[offset].trim();
    const value = cell.replace(/^(?:估算|投资额)/u, '');
    const hit = readAmountAfter(value, 0, unit);
    if (!hit || hit.yuan === null || hit.yuan < 100) continue;
    // The amount must be the whole cell (a remark in brackets may follow), not a number that
    // opens a description such as "110千伏线缆管沟工程".
    if (!AMOUNT_CELL_TAIL.test(value.slice(hit.end))) continue;
    const distance = Math.abs(offset - column); // row cell i sits under header cell i; 0 is the row number
    if (!best || distance < best.distance) best = { distance, yuan: hit.yuan, cell };
  }
  if (!best) return null;
  return { tier, yuan: best.yuan, sourceText: `${header[column].trim()} | ${best.cell.split('\n')[0]}` };
}

/**
 * Header cells and the first data row of a flattened plan table ("序号 | 项目名称 | … ", rows
 * opening with their number); row cell i sits under header cell i, cell 0 holds the number.
 */
export function firstPlanRow(text: string): { header: string[]; row: string[] } | null {
  const start = text.indexOf('序号');
  if (start < 0 || !text.slice(start, start + 400).includes('|')) return null;
  const cells = text.slice(start, start + 6000).split('|');
  const firstRow = cells.findIndex((c, i) => i > 0 && rowNumber(c) === 1);
  if (firstRow < 0) return null;
  // The cell holding the row number still carries the last header text before it.
  const header = [...cells.slice(0, firstRow), headerPart(cells[firstRow])];
  const rowEnd = cells.findIndex((c, i) => i > firstRow && rowNumber(c) === 2);
  return { header, row: cells.slice(firstRow, rowEnd < 0 ? undefined : rowEnd + 1) };
}

function rowNumber(cell: string): number | null {
  const m = ROW_NUMBER_AT_END.exec(cell);
  return m ? Number(m[1]) : null;
}

function headerPart(cell: string): string {
  return cell.replace(ROW_NUMBER_AT_END, '');
}

// Intent lists often have no 序号 column: a header line naming a budget column, then one row a
// line with the same cells ("项目名称 | 采购需求概况 | 预算金额（万元） | 预计采购时间").
const MAX_HEADER_LINES = 400;

/** Budget of the first row under a one-line header that has a budget column; null when none. */
export function headerLineBudget(text: string): TableBudget | null {
  const lines = text.split('\n', MAX_HEADER_LINES);
  for (let i = 0; i < lines.length - 1; i++) {
    const header = splitCells(lines[i]);
    if (header.length < 3) continue;
    const column = header.findIndex((h) => h.length <= 16 && budgetTierOf(h) !== null);
    if (column < 0) continue;
    const next = lines.slice(i + 1).find((l) => l.trim() && !/^[\s|:-]+$/u.test(l));
    if (next === undefined) return null;
    const row = splitCells(next);
    // A trailing empty cell ("… | 2027年3月 | ") is dropped by splitting: one fewer is still the row.
    if (row.length < header.length - 1 || row.length > header.length || row.length <= column) continue;
    const cell = row[column];
    const hit = readAmountAfter(cell, 0, labelMultiplier(header[column]));
    if (!hit || hit.yuan === null || hit.yuan < 100 || cell.slice(hit.end).trim()) continue;
    return { tier: budgetTierOf(header[column])!, yuan: hit.yuan, sourceText: `${header[column]} | ${cell}` };
  }
  return null;
}
