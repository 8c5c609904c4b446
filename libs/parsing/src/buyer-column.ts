import { readOrgAt } from './org-names';
import { cellsBelow, splitCells } from './table-cells';

// Intent lists and lot tables may name the buyer only in a column of their own ("序号 | 项目名称 |
// 预算金额（万元） | 采购单位"), wherever it stands in the row. The first row's cell is the buyer when
// it is a whole name. A table pasted from a spreadsheet arrives with its tabs turned to spaces: a
// line of short header words split by spaces is read as a header too.
const BUYER_COLUMN = /^(?:采购单位|采购人|招标人|招标单位|建设单位|项目业主|业主单位|项目单位|需求单位)(?:名称)?$/u;
const MIN_CELLS = 3;
const HEADER_WORD = /^[\p{Script=Han}()]{2,12}$/u;
const BUYER_WORD = /采购单位|采购人|招标人|招标单位|建设单位|项目业主|业主单位|项目单位|需求单位/u;

/** The name under a buyer column of a one-line-a-row table; null when there is none. */
export function buyerColumn(text: string): string | null {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells = line.includes('|') ? splitCells(line) : spacedHeader(line);
    const header = cells.length >= MIN_CELLS ? cells.find((c) => BUYER_COLUMN.test(c)) : undefined;
    if (header) {
      const cell = cellsBelow(text, lineStart + line.indexOf(header))[0]?.trim();
      const name = cell ? readOrgAt(cell, 0, 'any') : null;
      if (name && name === cell) return name;
    }
    lineStart += line.length + 1;
  }
  return null;
}

/** Cells of a header line split by spaces, or none when any cell is more than a header word. */
function spacedHeader(line: string): string[] {
  if (!line.includes(' ') || !BUYER_WORD.test(line)) return [];
  const cells = splitCells(line);
  return cells.every((c) => HEADER_WORD.test(c)) ? cells : [];
}
