import { isColumnName } from './flat-table';
import { cellsBelow, splitCells } from './table-cells';

// A list of approvals or filings (序号 | 项目代码 | 项目名称 | 项目单位 | 总投资 …) gives each
// project's code in a column of its own. As with its budget and its buyer, the first row is the
// project the notice is read for, so the code label heading a column gives the first row's cell.
const MIN_CELLS = 3;
// A table flattened without bars has its header cells split by spaces (the display text keeps one):
// "项目编号 项目名称 中标人 中标价(元)". Such a line is words only, no figures, and another of its cells
// names a column as the one-cell-a-line tables' headers do, which a line of prose split by spaces does not.
const SPACED_HEADER_CELL = /^[\p{Script=Han}()（）]{2,10}$/u;

function spacedHeader(line: string): boolean {
  const cells = line.trim().split(/\s+/u);
  return cells.length >= MIN_CELLS && cells.every((c) => SPACED_HEADER_CELL.test(c)) && cells.some((c) => isColumnName(c));
}

/** The first cell under the header cell that holds the label at `labelAt`, or null when it heads no column. */
export function cellUnderCodeHeader(text: string, labelAt: number, label: string): string | null {
  const lineStart = text.lastIndexOf('\n', labelAt - 1) + 1;
  const lineEnd = text.indexOf('\n', labelAt);
  if (lineEnd < 0) return null;
  const line = text.slice(lineStart, lineEnd);
  if (!line.includes('|') && !spacedHeader(line)) return null;
  const cells = splitCells(line);
  if (cells.length < MIN_CELLS || !cells.includes(label.trim())) return null;
  return cellsBelow(text, labelAt)[0]?.trim() || null;
}
