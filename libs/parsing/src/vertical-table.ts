// Some portals flatten a result table into one cell a line: the header cells, then each row's
// cells in the same order ("序号\n中标供应商名称\n中标金额(元)\n1\n某公司\n498,600.00").
const HEADER_CELL = /^[^\d\s:：。，,;；]{2,14}(?:\([^()]{1,6}\))?$/u;
const SECTION = /^[一二三四五六七八九十]+、/u;
const MAX_CELLS = 14;

/**
 * The cell of the first row under the header cell on the line at `at`, when that line is one of
 * a run of header cells each on a line of its own; null otherwise.
 */
export function firstCellBelowVertical(text: string, at: number): string | null {
  return cellsBelowVertical(text, at, 1)[0] ?? null;
}

// A row cell is short; a numbered paragraph ("4、采购项目需要…") or a section ends the table.
const NOT_A_CELL = /^(?:[一二三四五六七八九十]+、|\d+[、.．]\D)/u;
const MAX_CELL_CHARS = 40;

/** The cells under that header cell, row by row, for up to `maxRows` whole rows. */
export function cellsBelowVertical(text: string, at: number, maxRows = 20): string[] {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lines = text.slice(Math.max(0, lineStart - 400), lineStart + 1200).split('\n');
  const before = text.slice(Math.max(0, lineStart - 400), lineStart).split('\n').length - 1;
  const isHeader = (line: string | undefined) => line !== undefined && HEADER_CELL.test(line.trim()) && !SECTION.test(line.trim());
  if (!isHeader(lines[before])) return [];
  let first = before;
  while (first > 0 && isHeader(lines[first - 1]) && before - first < MAX_CELLS) first--;
  // 序号 is a table's first column: a line above it is the table's caption ("中标信息"), not a cell.
  const rowNumber = lines.slice(first, before).findIndex((l) => l.trim() === '序号');
  if (rowNumber > 0) first += rowNumber;
  let last = before;
  while (isHeader(lines[last + 1]) && last - first < MAX_CELLS) last++;
  const width = last - first + 1;
  if (width < 2) return [];
  const out: string[] = [];
  for (let start = last + 1; out.length < maxRows; start += width) {
    const row = lines.slice(start, start + width).map((l) => l.trim());
    // The row must be whole: as many cells as headers, none a heading or a paragraph.
    if (row.length < width || row.some((c) => !c || c.length > MAX_CELL_CHARS || NOT_A_CELL.test(c))) break;
    out.push(row[before - first]);
  }
  return out;
}
