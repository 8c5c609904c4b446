import { readOrgAt } from './org-names';

// A table copied out of a PDF or a web page may come out one cell a line: the header's cells, then
// each row's, in order ("排名\n投标人\n投标报价(元)\n1\n甲公司\n3,085,600.00\n2\n乙公司\n…"). Read
// that way, a bidder's name is followed by whatever column comes next (a score, a rate), not by its
// price. When a run of three to eight lines are all header words, the first of them a numbering
// column (序号, 排名, 包号…), and the lines after it split into rows of as many lines each opened by
// a row number or a lot, the table is set back into one line a row, cells split by "|". A table
// without numbers opens its header with the bidder's column (中标人名称, 供应商名称) and each row with
// a name. A works candidates table closes with the certificate of the person in charge (证书编号,
// 注册编号), a header cell like any other.
const HEADER_WORD =
  /序号|排名|排序|名次|包号|包件|标段|标包|标项|投标人|供应商|单位|候选人|名称|报价|金额|价格|总价|得分|评分|工期|费率|下浮率|优惠率|折扣率|地址|项目经理|负责人|备注|质量|服务期|交货期|是否|结果|证书|编号/u;
const NUMBERING_HEADER = /^(?:序号|排名|排序|名次|包号|包件|标段|标包|标项)/u;
const NAME_HEADER = /^(?:(?:中标|成交|中选)(?:人|单位|供应商)|(?:中标|成交)?候选人|供应商|投标人|投标单位)(?:名称)?$/u;
const HEADER_CELL_CHARS = 16;
const ROW_OPENER =
  /^(?:\d{1,2}|第[一二三四五六七八九十\d]{1,3}(?:名|包|标段|标包)?|[A-Z]包|(?:包|标段|标包)[一二三四五六七八九十\d]{1,3})$/u;
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 8;
const MAX_ROWS = 30;

/** The text with tables written one cell a line set back into one line a row. */
export function joinOneCellLines(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const width = headerWidth(lines, i);
    if (width === 0) continue;
    const byName = NAME_HEADER.test(lines[i].trim());
    const rows: string[][] = [];
    for (let at = i + width; rows.length < MAX_ROWS && at + width <= lines.length; at += width) {
      const row = lines.slice(at, at + width).map((l) => l.trim());
      const opens = byName ? readOrgAt(row[0], 0, 'supplier') === row[0] : ROW_OPENER.test(row[0]);
      if (!opens || row.some((cell) => cell === '' || NUMBERING_HEADER.test(cell))) break;
      rows.push(row);
    }
    if (!rows.length) continue;
    const table = [lines.slice(i, i + width).map((l) => l.trim()), ...rows].map((cells) => cells.join(' | '));
    lines.splice(i, width * (rows.length + 1), ...table);
    i += table.length - 1;
  }
  return lines.join('\n');
}

// How many header cells, one a line, start at line `i` (0 when no such header does).
function headerWidth(lines: string[], i: number): number {
  const first = lines[i].trim();
  if (!(NUMBERING_HEADER.test(first) || NAME_HEADER.test(first)) || !isHeaderCell(lines[i])) return 0;
  let width = 1;
  while (width < MAX_COLUMNS && i + width < lines.length && isHeaderCell(lines[i + width]) && !ROW_OPENER.test(lines[i + width].trim()))
    width++;
  return width >= MIN_COLUMNS ? width : 0;
}

// A short cell of header words, no figures but a unit note in brackets, and no name of its own.
function isHeaderCell(line: string): boolean {
  const cell = line.trim();
  if (!cell || cell.length > HEADER_CELL_CHARS || /[|\s]/u.test(cell) || /\d/u.test(cell.replace(/\([^()]*\)/gu, ''))) return false;
  return HEADER_WORD.test(cell) && readOrgAt(cell, 0, 'supplier') === null;
}
