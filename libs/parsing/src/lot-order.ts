import { chineseIntegerValue } from './chinese-numerals';
import { splitCells } from './table-cells';

// A result table of several lots may list them in any order ("二标段 | 某公司 | …" above "一标段 |
// …"), while a several-lot result is told by its first lot. Rows of such a table are put back in
// lot order before any amount is read under its header, so "the first row" is lot 1.
const LOT_HEADER = /^(?:标段|标段号|标段名称|标段\(包\)|包号|包|包件|标包|分标|标项|合同包|采购包)(?:号|编号|名称)?$/u;
const LOT_CELL =
  /^(?:第?([一二三四五六七八九十\d]{1,3})(?:标段|包|标包|分标|包件|标项|合同包)?|(?:标段|包|标包|分标|包件|标项|合同包)\s*([一二三四五六七八九十\d]{1,3}))(?:[(\s][^|]{0,20})?$/u;
const MAX_ROWS = 30;

/** The text with every lots table's rows in lot order; unchanged when none is out of order. */
export function withLotsInOrder(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 2; i++) {
    const header = splitCells(lines[i]);
    if (header.length < 2) continue;
    const column = header.findIndex((h) => LOT_HEADER.test(h.replace(/\s+/gu, '')));
    if (column < 0) continue;
    const rows: Array<{ line: string; lot: number }> = [];
    for (let j = i + 1; j < lines.length && rows.length < MAX_ROWS; j++) {
      const cells = splitCells(lines[j]);
      if (cells.length !== header.length) break;
      const lot = lotNumber(cells[column]);
      if (lot === null) break;
      rows.push({ line: lines[j], lot });
    }
    if (rows.length < 2 || rows.every((r, k) => k === 0 || rows[k - 1].lot <= r.lot)) continue;
    const sorted = [...rows].sort((a, b) => a.lot - b.lot);
    lines.splice(i + 1, rows.length, ...sorted.map((r) => r.line));
    i += rows.length;
  }
  return lines.join('\n');
}

function lotNumber(cell: string): number | null {
  const m = LOT_CELL.exec(cell.trim());
  const digits = m?.[1] ?? m?.[2];
  if (!digits) return null;
  return /^\d+$/u.test(digits) ? Number(digits) : chineseIntegerValue(digits);
}
