import { readAmountAfter, labelMultiplier } from './amount-reader';
import { budgetTierOf } from './budget-labels';

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
  if (!table) return null;
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
