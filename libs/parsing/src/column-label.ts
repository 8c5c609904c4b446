import { readOrgAt } from './org-names';
import { cellsBelow, splitCells } from './table-cells';

// A label that is a whole cell of a "|" header line ("… | 投标截止时间 | 代理机构") heads a column:
// its value is the cell under it in the next row, never the text after it, which is the next
// header cell or, at the line's end, the first cell of the row below.
// A form laid out in pairs ("采购人 | 某局 | 采购代理机构 | 某公司") is no header: the label's own
// value, a name, stands in the next cell of the same row.
const MIN_CELLS = 3;

/** The first row's cell under the header cell the label at [start, end) fills; undefined when it heads no column. */
export function cellUnderLabel(text: string, start: number, end: number): string | null | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  if (!line.includes('|')) return undefined;
  const cells = splitCells(line);
  const label = text.slice(start, end).trim();
  if (cells.length < MIN_CELLS || !cells.includes(label)) return undefined;
  const next = cells[cells.indexOf(label) + 1];
  if (next && readOrgAt(next, 0, 'any') === next) return undefined;
  return cellsBelow(text, start)[0]?.trim() || null;
}
