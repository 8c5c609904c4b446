import { labelMultiplier } from './amount-reader';
import { parseAmount } from './amounts';
import { supplierNamesIn } from './org-names';

// A results table flattened into one run of words, header cells then the row's cells:
// "供应商名称 供应商地址 中标金额(万元) 某公司 某市某路1号 158.39", "序号 供应商名称 成交金额(元) 1 某公司
// 186,350.00". The award sits in the row at the place its header holds among the headers; the first
// figure after the label is a row number or another cell, never the amount itself.
const HEADER_CELL = /^[^\d:：]{2,16}$/u;
// A heading before the header cells ("中标(成交)信息", "成交结果") is no column of its own.
const HEADING_CELL = /(?:信息|结果|情况|如下|公告|公示)$/u;
const OWN_HEADER_TAIL = /^(?:\([^()\s:：]{0,8}\))?$/u;
const AMOUNT_CELL = /^(?:[¥￥])?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,12}(?:\.\d+)?)(?:万元|元)?$/u;

/**
 * The award of a one-line flattened table whose amount header is the cell from `labelStart` to
 * `labelEnd`, or undefined when the line is not such a table or its cell there is no bare figure
 * (a cell with words of its own, "最终报价:736500(元)", is for the other readers).
 */
export function amountInRunTogetherRow(text: string, labelStart: number, labelEnd: number): number | null | undefined {
  const lineStart = text.lastIndexOf('\n', labelStart - 1) + 1;
  const lineEnd = text.indexOf('\n', labelEnd);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const labelAt = labelStart - lineStart;
  // The header cell runs on to the next space ("中标(成交)金额(万元)").
  const cellEnd = line.slice(labelAt).search(/[ \t]/u);
  if (cellEnd < 0) return undefined;
  const before = line
    .slice(0, labelAt)
    .replace(/^[^\n:：]*[:：]/u, '')
    .trim();
  const headersBefore = before ? before.split(/[ \t]+/u) : [];
  const ownHeader = line.slice(labelAt, labelAt + cellEnd);
  // Only a header cell: the label alone or with its unit note, not a field with its value.
  if (!OWN_HEADER_TAIL.test(ownHeader.slice(labelEnd - labelStart))) return undefined;
  const after = line
    .slice(labelAt + cellEnd)
    .trim()
    .split(/[ \t]+/u);
  while (headersBefore.length && !isHeader(headersBefore[0])) headersBefore.shift();
  if (!headersBefore.length || !headersBefore.every(isHeader)) return undefined;
  const headersAfter: string[] = [];
  while (after.length && isHeader(after[0])) headersAfter.push(after.shift()!);
  const columns = headersBefore.length + 1 + headersAfter.length;
  if (after.length < columns) return undefined;
  const cell = after[headersBefore.length];
  if (!AMOUNT_CELL.test(cell)) return undefined;
  return parseAmount(cell, labelMultiplier(ownHeader) ?? 1);
}

function isHeader(cell: string): boolean {
  return HEADER_CELL.test(cell) && !HEADING_CELL.test(cell) && supplierNamesIn(cell).length === 0;
}

// A table whose tags were stripped without separators runs its header cells into one line and each
// row's cells into the next: "供应商名称供应商地址成交金额(元)\n某某有限公司某市某路18号286,450.00". When the
// amount closes the header line, the figure closing the row below (after the supplier's name) is its cell.
const RUN_HEADER_BEFORE = /^[^\d:：\s]{2,40}$/u;
const ROW_CLOSING_FIGURE = /(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{1,2})$/u;

/**
 * The award in the row below a header line whose cells run together and which the amount header
 * (from `labelStart` to `labelEnd`) closes, or undefined when the text is not laid out so.
 */
export function amountBelowRunTogetherHeader(text: string, labelStart: number, labelEnd: number): number | null | undefined {
  const lineStart = text.lastIndexOf('\n', labelStart - 1) + 1;
  const lineEnd = text.indexOf('\n', labelEnd);
  if (lineEnd < 0) return undefined;
  const ownHeader = text.slice(labelStart, lineEnd).trim();
  if (!OWN_HEADER_TAIL.test(text.slice(labelEnd, lineEnd).trim())) return undefined;
  if (!RUN_HEADER_BEFORE.test(text.slice(lineStart, labelStart).trim())) return undefined;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const row = text.slice(lineEnd + 1, nextEnd < 0 ? undefined : nextEnd).trim();
  if (/[:：\s]/u.test(row)) return undefined;
  const figure = ROW_CLOSING_FIGURE.exec(row);
  if (!figure || supplierNamesIn(row.slice(0, figure.index)).length === 0) return undefined;
  return parseAmount(figure[0], labelMultiplier(ownHeader) ?? 1);
}
