import { readOrgAt } from './org-names';

// Tables copied out of a page or a PDF often arrive one cell a line: the header's cells, then each
// row's cells in the same order ("合同包\n货物名称\n预算金额（元）\n1\n课桌椅\n380000\n2\n…"). Such a
// table is known by a run of short lines that are all column names, followed by value lines whose
// count is a whole number of rows of that width. A line above the header that names the table
// (采购意向一览表, 中标信息) is its caption, not a column: when the count fits only without the run's
// first lines, those are left as they are. The table is set back into one line a row, cells split
// by "|", so the readers of ordinary tables read its columns (and a unit in a header applies to
// its column there).
// A table of changes names the field changed (更正项, 变更事项) beside its old and new content.
const COLUMN_WORD =
  /(?:更正|变更|修改|澄清|调整)(?:事)?项|序号|编号|包号|合同包|采购包|标段|标包|标项|名称|品名|品目|内容|概况|需求|数量|单位|规格|型号|金额|预算|限价|控制价|单价|总价|报价|价格|中标价|成交价|工期|服务期|交货期|期限|时间|月份|日期|地址|供应商|投标人|中标人|成交人|候选人|采购人|招标人|项目经理|负责人|备注|是否|方式|类别|得分|排名/u;
// A bare 采购项目 names a column too; other names ending in 项目 are a row's project.
const PROJECT_COLUMN = /^(?:采购|招标|建设)项目$/u;
// A caption names the whole table; a section heading or a field line ends any table.
const CAPTION = /(?:表|清单|信息|情况|如下)$/u;
const SECTION = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]\D|[(（][一二三四五六七八九十\d]+[)）])/u;
const ROW_OPENER = /^(?:第?[一二三四五六七八九十\d]{1,3}(?:包|标段|标包|标项|名)|[A-Z]包)$/u;
const NUMBERING = /^(?:序号|编号|包号|合同包|采购包|标段|标包|标项|排名|排序|名次)号?$/u;
const TOTAL_ROW = /^(?:合计|总计|共计)$/u;
const MAX_HEADER_CHARS = 16;
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 10;
const MAX_CAPTION_LINES = 2;
const MAX_VALUE_LINES = 80;
const MAX_CELL_CHARS = 40;

/** The text with tables written one cell a line set back into one line a row. */
export function joinFlatTables(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  // Each line is asked whether it names a column as it, the line after it and the run before it are
  // looked at: the answer is kept by the line's text (a table set back into rows replaces lines).
  const answers = new Map<string, boolean>();
  const column = (line: string): boolean => {
    let answer = answers.get(line);
    if (answer === undefined) answers.set(line, (answer = isColumnName(line)));
    return answer;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!column(lines[i]) || (i > 0 && column(lines[i - 1]))) continue;
    let run = 1;
    while (run < MAX_COLUMNS + MAX_CAPTION_LINES && i + run < lines.length && column(lines[i + run])) run++;
    const values = valueLines(lines, i + run);
    // A numbering column opens a table: the lines from it on are all columns.
    const numbered = lines.slice(i, i + run).findIndex((l) => NUMBERING.test(l.trim()));
    const maxSkip = numbered >= 0 ? Math.min(numbered, MAX_CAPTION_LINES) : MAX_CAPTION_LINES;
    for (let skip = 0; skip <= maxSkip && run - skip >= MIN_COLUMNS; skip++) {
      const width = run - skip;
      const fit = width <= MAX_COLUMNS ? wholeRows(values, width) : null;
      if (!fit) continue;
      const header = lines.slice(i + skip, i + run).map((l) => l.trim());
      const table = [header, ...fit.rows].map((cells) => cells.join(' | '));
      lines.splice(i + skip, run - skip + fit.lines, ...table);
      i += skip + table.length - 1;
      break;
    }
  }
  return lines.join('\n');
}

// The last row's empty last cell is a blank line like the one that ends the table: the values fit
// with or without it.
function wholeRows(values: string[], width: number): { rows: string[][]; lines: number } | null {
  let filled = values.length;
  while (filled > 0 && values[filled - 1] === '') filled--;
  for (let take = filled; take <= values.length; take++) {
    const rows = rowsOf(values.slice(0, take), width);
    if (rows) return { rows, lines: take };
  }
  return null;
}

// The values cut into rows of `width` cells; null unless they fill whole rows. A total row (合计)
// may come last with its empty cells dropped: its figures then sit in the rightmost columns.
function rowsOf(values: string[], width: number): string[][] | null {
  const totalAt = values.findIndex((v) => TOTAL_ROW.test(v));
  const body = totalAt >= 0 && totalAt % width === 0 ? values.slice(0, totalAt) : values;
  const total = values.slice(body.length);
  if (!body.length || body.length % width || total.length > width) return null;
  const rows: string[][] = [];
  for (let at = 0; at < body.length; at += width) rows.push(body.slice(at, at + width));
  if (total.length) rows.push([total[0], ...Array<string>(width - total.length).fill(''), ...total.slice(1)]);
  return rows;
}

// The value lines after a header: short cells until a section, a field line, a sentence or the
// next table's header. A blank line between values is an empty cell.
function valueLines(lines: string[], from: number): string[] {
  const out: string[] = [];
  for (let j = from; j < lines.length && out.length < MAX_VALUE_LINES; j++) {
    const cell = lines[j].trim();
    if (
      cell.length > MAX_CELL_CHARS ||
      SECTION.test(cell) ||
      /[。；;]$/u.test(cell) ||
      /^[^\d:：|]{1,14}[:：]/u.test(cell) ||
      cell.includes('|') ||
      // A numbering column's name opens the next table.
      NUMBERING.test(cell)
    )
      break;
    out.push(cell);
  }
  // More than one blank line ends the table for certain.
  while (out.length > 1 && out[out.length - 1] === '' && out[out.length - 2] === '') out.pop();
  return out;
}

// A short line that names a column: column words, no figures but a unit note in brackets, no
// punctuation of prose, and neither a row's lot (一标段) nor a name of its own.
export function isColumnName(line: string): boolean {
  const cell = line.trim();
  if (cell.length < 2 || cell.length > MAX_HEADER_CHARS || /[\s|:：。，,;；、]/u.test(cell)) return false;
  if (/\d/u.test(cell.replace(/[(（][^()（）]*[)）]/gu, '')) || CAPTION.test(cell) || SECTION.test(cell) || ROW_OPENER.test(cell))
    return false;
  return (COLUMN_WORD.test(cell) || PROJECT_COLUMN.test(cell)) && readOrgAt(cell, 0, 'supplier') !== cell;
}
