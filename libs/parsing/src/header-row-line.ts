import { isColumnName } from './flat-table';

// A list page copied as text may keep a table's header as words split by spaces and run its row
// onto the same line with the cells split by "|" ("项目名称 项目编号 采购人 预算金额（万元） | 某项目 |
// X-01 | 某局 | 265.00"). When the words before the first bar are as many as the cells after it and
// are all header words, the line is a header and a row: they are set on two lines split by "|", so
// the readers of ordinary tables read its columns.
const HEADER_WORD = /^[\p{Script=Han}()（）]{2,12}$/u;
const MIN_COLUMNS = 3;

/** The text with each header-and-row line split into a "|" header line and its row. */
export function splitHeaderRows(text: string): string {
  if (!text.includes('|')) return text;
  return text
    .split('\n')
    .map((line) => headerAndRow(line) ?? line)
    .join('\n');
}

function headerAndRow(line: string): string | null {
  const bar = line.indexOf('|');
  if (bar < 0) return null;
  const words = line
    .slice(0, bar)
    .trim()
    .split(/[ \t\u3000]+/u);
  if (words.length < MIN_COLUMNS || !words.every((w) => HEADER_WORD.test(w))) return null;
  // Most of the words must name columns: a run of other words is a sentence or a list of names.
  if (words.filter((w) => isColumnName(w)).length * 2 < words.length) return null;
  const cells = line
    .slice(bar + 1)
    .split('|')
    .map((c) => c.trim());
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  if (cells.length !== words.length || cells.some((c) => !c)) return null;
  return `${words.join(' | ')}\n${cells.join(' | ')}`;
}
