import { labelMultiplier, readAmountAfter } from './amount-reader';
import { budgetTierOf } from './budget-labels';

export interface BatchTableTotal {
  yuan: number;
  sourceText: string;
  /** Where the table's header line starts in the text. */
  headerAt: number;
}

// A press report or a progress bulletin (重点项目建设进展情况通报) may list its projects in a table
// closed by a 合计 row. That row is the size of the batch it reports, as a lead's "共12个项目，总投资
// 46.3亿元" is; the first row is one project of it.
const TOTAL_ROW = /^(?:合\s*计|总\s*计|共\s*计)/u;
const MAX_LINES = 200;
const MAX_ROWS = 60;

/** The 合计 row's figure in the best budget column of the first table that has one; null when none. */
export function batchTableTotal(text: string): BatchTableTotal | null {
  const lines = text.split('\n', MAX_LINES);
  let at = 0;
  for (let i = 0; i < lines.length; at += lines[i].length + 1, i++) {
    const sep = cellSeparator(lines[i]);
    if (!sep) continue;
    const borders = { open: lines[i].trim().startsWith(sep), close: lines[i].trim().endsWith(sep) };
    const header = rawCells(lines[i], borders, sep);
    const column = bestBudgetColumn(header);
    if (column < 0) continue;
    for (let j = i + 1; j < lines.length && j <= i + MAX_ROWS && lines[j].includes(sep); j++) {
      const row = rawCells(lines[j], borders, sep);
      if (!TOTAL_ROW.test(row[0] ?? '')) continue;
      // A total row merges its label over the name columns ("合计 | 12.6 | …"): count from the right.
      const index = row.length === header.length ? column : column - (header.length - row.length);
      const cell = index > 0 ? row[index] : undefined;
      if (!cell) return null;
      const hit = readAmountAfter(cell, 0, labelMultiplier(header[column].replace(/\s+/g, '')));
      if (!hit || hit.yuan === null || cell.slice(hit.end).trim()) return null;
      return { yuan: hit.yuan, sourceText: `${header[column]} | ${row[0]} ${cell}`, headerAt: at };
    }
    return null;
  }
  return null;
}

// A table taken from an office attachment (.xlsx, .docx) arrives with its cells split by TABs, one
// row a line, as a "|" table does; "|" decides where a line has both.
function cellSeparator(line: string): '|' | '\t' | null {
  return line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
}

// Cells of a "|" (or TAB) row with its empty cells kept (a total row leaves its name and remark
// cells empty); an outer "|" is a border only where the header has one too.
function rawCells(line: string, borders: { open: boolean; close: boolean }, sep: '|' | '\t'): string[] {
  const cells = (sep === '\t' ? line.replace(/^[ \u3000]+|[ \u3000]+$/gu, '') : line.trim()).split(sep).map((c) => c.trim());
  if (borders.open && cells[0] === '') cells.shift();
  if (borders.close && cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

// The column of the most specific budget label; a unit price is never one.
function bestBudgetColumn(header: string[]): number {
  let best = -1;
  let bestTier = Infinity;
  header.forEach((h, i) => {
    const tier = h.length <= 16 && !/单价/u.test(h) ? budgetTierOf(h) : null;
    if (tier !== null && tier < bestTier) [best, bestTier] = [i, tier];
  });
  return best;
}
