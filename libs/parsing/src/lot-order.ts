import { LOT_NUMBER, lotNumberValue } from './lot-numbers';
import { splitCells } from './table-cells';

// A result table of several lots may list them in any order ("二标段 | 某公司 | …" above "一标段 |
// …"), while a several-lot result is told by its first lot. Rows of such a table are put back in
// lot order before any amount is read under its header, so "the first row" is lot 1.
const LOT_HEADER = /^(?:标段|标段号|标段名称|标段\(包\)|包号|包|包件|标包|分标|标项|合同包|采购包)(?:号|编号|名称)?$/u;
// A lone letter or Roman numeral numbers a lot only beside the lot word (A包, 包II); digits and
// Chinese numerals may stand alone in the lot column.
const LOT_CELL = new RegExp(
  `^(?:第?([一二三四五六七八九十\\d]{1,3})(?:标段|包|标包|分标|包件|标项|合同包)?|第?(${LOT_NUMBER})(?:标段|包|标包|分标|包件|标项|合同包)|(?:标段|包|标包|分标|包件|标项|合同包)\\s*(${LOT_NUMBER}))(?:[(\\s][^|]{0,20})?$`,
  'u',
);
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
  const digits = m?.[1] ?? m?.[2] ?? m?.[3];
  return digits ? lotNumberValue(digits) : null;
}

// Lots told one block or one clause each, a later lot first: "第二标段：\n中标人：乙…\n第一标段：…",
// "标段二中标人为乙…；标段一中标人为甲…". A lot's mark opens a line or follows a clause's end.
const LOT_MARK = new RegExp(
  `(?:^|\\n|[；;。]\\s*)[ \\t]*(?:第?(${LOT_NUMBER})(?:标段|包|标包|分标|包件|标项|合同包)|(?:标段|包|标包|分标|包件|标项|合同包)[ \\t]*(${LOT_NUMBER}))(?![\\d个A-Za-z])`,
  'gu',
);

/** Lot 1's own stretch of text when the lots are told in blocks and lot 1 is not the first; else null. */
export function firstLotSection(text: string): string | null {
  const marks = [...text.matchAll(LOT_MARK)]
    .map((m) => ({ at: m.index, lot: lotNumberValue(m[1] ?? m[2]) }))
    .filter((m): m is { at: number; lot: number } => m.lot !== null);
  if (marks.length < 2 || marks[0].lot === 1) return null;
  const one = marks.findIndex((m) => m.lot === 1);
  if (one < 0) return null;
  const next = marks.slice(one + 1).find((m) => m.lot !== 1);
  return text.slice(marks[one].at, next ? next.at : text.length);
}
