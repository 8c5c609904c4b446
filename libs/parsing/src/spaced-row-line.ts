import { isColumnName } from './flat-table';

// A table scraped from a page without its cell borders may arrive as one line of words split by
// spaces: the header's words, then every row's cells in the same order ("采购单位 采购项目名称 预算金额
// （万元） 预计采购时间 某医院 某设备采购 260 2031年7月 某医院 …"). When the line opens with three or more
// words that all name columns and the words after them fill whole rows of that width, the header
// and each row are set on lines of their own, cells split by "|", for the readers of tables.
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 10;
const MAX_CELL_CHARS = 40;
// A header's unit in brackets: （万元）, (估算，万元), （元/年）.
const UNIT_HEADER = /[(（][^()（）]*元[^()（）]*[)）]$/u;

/** The text with each one-line spaced table set out one row a line. */
export function splitSpacedRows(text: string): string {
  return text
    .split('\n')
    .map((line) => spacedTable(line) ?? line)
    .join('\n');
}

function spacedTable(line: string): string | null {
  if (line.includes('|')) return null;
  const words = line.trim().split(/[ \t\u3000]+/u);
  let width = 0;
  while (width < words.length && width < MAX_COLUMNS && isColumnName(words[width])) width++;
  if (width < MIN_COLUMNS) return null;
  const cells = words.slice(width);
  if (cells.length === 0 || cells.length % width !== 0 || cells.some((c) => c.length > MAX_CELL_CHARS)) return null;
  // No cell may be one more column (预算金额（估算，万元）, 备注): else the header was read short and
  // the line is a header alone.
  if (cells.some((c) => isColumnName(c) || UNIT_HEADER.test(c))) return null;
  const rows: string[] = [words.slice(0, width).join(' | ')];
  for (let i = 0; i < cells.length; i += width) rows.push(cells.slice(i, i + width).join(' | '));
  return rows.join('\n');
}
