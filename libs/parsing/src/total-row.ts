import { cellsBelow } from './table-cells';

// A goods table of one supplier lists each item at its own total and closes with a 合计 row: that row
// is what the supplier won, the first item's total only a part of it. Only when the rows above name
// one supplier and one lot: a table of several lots or suppliers adds up awards to different parties.
const TOTAL_CELL = /^(?:合计|总计|合计金额|总价合计)(?:\([^()]{0,8}\))?[:：]?$/u;
const PARTY_OR_LOT_HEADER = /[^\s|]*(?:供应商|投标人|中标人|成交人|单位|公司|包号|标段|标包|包件|分包|标项)[^\s|]*/gu;
const MIN_ITEMS = 2;

/** The value in the 合计 row of the column whose header holds `labelStart`, given that column's values. */
export function totalOfOneParty(text: string, labelStart: number, values: readonly string[]): string | null {
  const lineStart = text.lastIndexOf('\n', labelStart - 1) + 1;
  const lineEnd = text.indexOf('\n', labelStart);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const firstCell = line.search(/[^\s|]/u);
  if (firstCell < 0 || lineStart + firstCell === labelStart) return null;
  const at = cellsBelow(text, lineStart + firstCell).findIndex((cell) => TOTAL_CELL.test(cell));
  if (at < MIN_ITEMS || at >= values.length) return null;
  for (const m of line.matchAll(PARTY_OR_LOT_HEADER)) {
    const named = cellsBelow(text, lineStart + m.index)
      .slice(0, at)
      .filter((cell) => cell !== '');
    if (new Set(named).size > 1) return null;
  }
  return values[at];
}
