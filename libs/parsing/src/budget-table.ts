import { readAmountAfter, labelMultiplier, unitStatedAbove } from './amount-reader';
import { budgetTierOf } from './budget-labels';
import { spacedRowBudget } from './spaced-table';
import { splitCells } from './table-cells';
import { unitNotedBelow } from './unit-note-below';

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
  if (!table) return headerLineBudget(text) ?? spacedRowBudget(text);
  const { header, row } = table;
  // An items table (数量, 单价) under 序号 lists the parts of one purchase: its rows add up.
  if (ITEMS_HEADER.test(header.join('|'))) {
    const items = headerLineBudget(text);
    if (items) return items;
  }
  const column = header.findIndex((h) => budgetTierOf(h) !== null);
  if (column < 0) return null;
  const tier = budgetTierOf(header[column])!;
  // A bare 预算金额 column takes the unit a caption above the table states ("金额单位：万元"), else
  // a note under its rows ("注：金额单位为万元").
  const start = text.indexOf('序号');
  const unit = labelMultiplier(header[column].replace(/\s+/g, '')) ?? unitStatedAbove(text, start) ?? unitNotedBelow(text, start);

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
  for (let i = 0, lineStart = 0; i < lines.length - 1; lineStart += lines[i].length + 1, i++) {
    const header = splitCells(lines[i]);
    if (header.length < 3) continue;
    // A unit price (预算单价) is never the budget.
    const column = header.findIndex((h) => h.length <= 16 && budgetTierOf(h) !== null && !/单价/u.test(h));
    if (column < 0) continue;
    const rows = rowLinesAfter(lines, i + 1);
    if (!rows.length) return null;
    // A bare 预算金额 column takes the unit a caption above the table states ("金额单位：万元"), else
    // a note under its rows ("注：金额单位为万元").
    const unit = labelMultiplier(header[column]) ?? unitStatedAbove(text, lineStart) ?? unitNotedBelow(text, lineStart);
    const first = cellAmount(rows[0], header, column, unit);
    if (first === null) continue;
    const tier = budgetTierOf(header[column])!;
    // An items table (数量, 单价 columns) lists the parts of one purchase: they add up. A plan or
    // intent list has a project a row: the first is the one this notice is about.
    if (!itemsOfOnePurchase(header)) return { tier, yuan: first.yuan, sourceText: `${header[column]} | ${first.cell}` };
    let yuan = 0;
    let count = 0;
    for (const line of rows) {
      const hit = cellAmount(line, header, column, unit);
      if (!hit) break;
      // A 合计 row under the items is their total, not one more item.
      if (TOTAL_ROW.test(splitCells(line)[0] ?? '')) return { tier, yuan: hit.yuan, sourceText: `${header[column]} | ${hit.cell}` };
      yuan += hit.yuan;
      count++;
    }
    return { tier, yuan, sourceText: `${header[column]} | ${count} 行` };
  }
  return null;
}

const ITEMS_HEADER = /数量|单价/u;
// A plan or a published 采购预算 may count what each project buys (采购数量) beside its budget: a column
// naming the project (采购项目, 项目名称) still makes each row a project of its own, unless a 单价 column
// prices items.
const PROJECT_COLUMN = /^(?:采购|招标)?项目(?:名称)?$/u;

function itemsOfOnePurchase(header: readonly string[]): boolean {
  if (!header.some((h) => ITEMS_HEADER.test(h))) return false;
  return header.some((h) => /单价/u.test(h)) || !header.some((h) => PROJECT_COLUMN.test(h.trim()));
}
const TOTAL_ROW = /^(?:合\s*计|总\s*计|共\s*计)/u;
const MAX_ITEM_ROWS = 50;

/** Up to MAX_ITEM_ROWS lines with content after `from`, table rules skipped. */
function rowLinesAfter(lines: string[], from: number): string[] {
  const out: string[] = [];
  for (let j = from; j < lines.length && out.length < MAX_ITEM_ROWS; j++) {
    if (lines[j].trim() && !/^[\s|:-]+$/u.test(lines[j])) out.push(lines[j]);
  }
  return out;
}

/** The amount of a row's cell under the header's column, when the row fits the header. */
function cellAmount(line: string, header: string[], column: number, unit: number | null): { yuan: number; cell: string } | null {
  const row = splitCells(line);
  // A trailing empty cell ("… | 2027年3月 | ") is dropped by splitting: one fewer is still the row.
  if (row.length < header.length - 1 || row.length > header.length || row.length <= column) return null;
  const cell = row[column];
  const hit = readAmountAfter(cell, 0, unit);
  if (!hit || hit.yuan === null || hit.yuan < 100 || cell.slice(hit.end).trim()) return null;
  return { yuan: hit.yuan, cell };
}
