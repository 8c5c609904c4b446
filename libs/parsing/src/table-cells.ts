// Result tables arrive flattened: one row a line, cells split by "|" or by spaces. A value sits
// under its header: the same cell position in the rows that follow the header line.
const SEPARATOR_ROW = /^[\s|:-]+$/u;
const MAX_ROWS = 20;

/** Cells under the header cell that contains position `at`, row by row, until the table ends. */
export function cellsBelow(text: string, at: number): string[] {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) return [];
  const header = splitCells(text.slice(lineStart, lineEnd));
  let column = -1;
  let offset = lineStart;
  const line = text.slice(lineStart, lineEnd);
  for (let i = 0, pos = 0; i < header.length; i++) {
    pos = line.indexOf(header[i], pos);
    if (pos >= 0 && offset + pos <= at && at < offset + pos + header[i].length) column = i;
    if (pos >= 0) pos += header[i].length;
  }
  offset = lineEnd + 1;
  if (column < 0 || header.length < 2) return [];
  const out: string[] = [];
  let first = true;
  let unitNote = '';
  for (const row of text
    .slice(offset)
    .split('\n')
    .slice(0, MAX_ROWS + 1)) {
    if (!row.trim() || SEPARATOR_ROW.test(row)) continue;
    const cells = splitCells(row);
    // A header wrapped onto a second line by a spreadsheet paste ("(万元)", "成交") holds no value.
    const wrapped = first && cells.length < header.length && cells.every((c) => HEADER_TAIL_CELL.test(c));
    first = false;
    if (wrapped) {
      // Its cells finish the rightmost header cells; a unit note there ("(万元)") is the column's unit.
      const tail = cells[column - (header.length - cells.length)] ?? '';
      if (MONEY_UNIT_NOTE.test(tail)) unitNote = tail;
      continue;
    }
    // A row may leave its last cell empty ("… | 72% | "), which splitting drops.
    if (cells.length === header.length - 1 && /\|\s*$/u.test(row) && !/\|\s*$/u.test(text.slice(lineStart, lineEnd))) cells.push('');
    // A row with fewer cells than the header is prose or another table: the table ended.
    if (cells.length < header.length) break;
    const value = cellAt(header, cells, column);
    out.push(unitNote && /\d$/u.test(value) ? value + unitNote : value);
    if (out.length >= MAX_ROWS) break;
  }
  return out;
}

const MONEY_UNIT_NOTE = /^\((?:万元|元|亿元)\)$/u;

/** A cell of a header's second line: a unit note or a word or two without figures. */
export const HEADER_TAIL_CELL = /^(?:\([^()\d]{1,8}\)|\p{Script=Han}{1,4})$/u;

/** Cells of one flattened table line: split by "|" when it has any, else by spaces. */
export function splitCells(line: string): string[] {
  const cells = line.includes('|') ? line.split('|') : line.split(/\s+/u);
  const trimmed = cells.map((c) => c.trim());
  // "| a | b |" has empty cells at both ends.
  while (trimmed.length && trimmed[0] === '') trimmed.shift();
  while (trimmed.length && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return line.includes('|') ? trimmed : joinDateTimes(trimmed);
}

// A row split by spaces splits a cell's "2030-01-08 09:30" in two as well: a time right after a
// date is the rest of that date's cell.
const DATE_CELL = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}[日号]?$/u;
const TIME_CELL = /^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/u;

function joinDateTimes(cells: string[]): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    const last = out.length - 1;
    if (last >= 0 && TIME_CELL.test(cell) && DATE_CELL.test(out[last])) out[last] += ` ${cell}`;
    else out.push(cell);
  }
  return out;
}

// A free-text cell (规格型号 "Resona 7", 品牌 "Dell Pro") may hold a space, which splits a row of a
// space-separated table into more cells than its header has. Columns left of the first such
// column are counted from the left, columns right of it from the right.
const FREE_TEXT_HEADER = /型号|规格|品牌|内容|说明|备注|范围|参数|(?:货物|标的|产品|服务|商品|物资|设备)名称/u;
const PARTY_HEADER = /供应商|投标人|中标人|成交人|单位|候选人|公司/u;

/** The cell of `row` under header column `column`, allowing for free-text cells split in two. */
export function cellAt(header: readonly string[], row: readonly string[], column: number): string {
  if (row.length <= header.length) return row[column] ?? '';
  const free = header.findIndex((h) => FREE_TEXT_HEADER.test(h) && !PARTY_HEADER.test(h));
  return (free >= 0 && column > free ? row[row.length - (header.length - column)] : row[column]) ?? '';
}
