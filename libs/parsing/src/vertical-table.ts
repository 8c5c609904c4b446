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
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lines = text.slice(Math.max(0, lineStart - 400), lineStart + 1200).split('\n');
  const before = text.slice(Math.max(0, lineStart - 400), lineStart).split('\n').length - 1;
  const isHeader = (line: string | undefined) => line !== undefined && HEADER_CELL.test(line.trim()) && !SECTION.test(line.trim());
  if (!isHeader(lines[before])) return null;
  let first = before;
  while (first > 0 && isHeader(lines[first - 1]) && before - first < MAX_CELLS) first--;
  let last = before;
  while (isHeader(lines[last + 1]) && last - first < MAX_CELLS) last++;
  const width = last - first + 1;
  if (width < 2) return null;
  const row = lines.slice(last + 1, last + 1 + width).map((l) => l.trim());
  // The row must be whole: as many cells as headers, none a section heading.
  if (row.length < width || row.some((c) => !c || SECTION.test(c))) return null;
  return row[before - first];
}
