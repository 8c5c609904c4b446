import { labelMultiplier } from './amount-reader';
import { parseAmount } from './amounts';
import { LOT_HEADER, lotsTotal } from './lot-budget';
import { cellsBelow, splitCells } from './table-cells';

// Below this a cell is a row number or a count, not a lot's amount.
const MIN_LOT_YUAN = 100;

/**
 * A budget label that heads a column of a lots table ("标段 | 起讫桩号 | 估算价（元） | 计划工期", one row per
 * 标段): the lots add up, as lots stated one a line do, where reading the label alone would take the
 * first row. Null unless the label's line is a header of three or more cells with a lot column, and
 * every row below gives an amount.
 */
export function lotColumnSum(text: string, at: number): { yuan: number; sourceText: string } | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) return null;
  const cells = splitCells(text.slice(lineStart, lineEnd));
  if (cells.length < 3 || !cells.some((c) => LOT_HEADER.test(c))) return null;
  const header = cells.find((c) => {
    const pos = text.indexOf(c, lineStart);
    return pos >= 0 && pos <= at && at < pos + c.length;
  });
  if (!header || LOT_HEADER.test(header)) return null;
  const unit = labelMultiplier(header.replace(/\s+/g, '')) ?? 1;
  const values = cellsBelow(text, at).map((c) => parseAmount(c.replace(/^[¥￥]/u, ''), unit));
  if (values.length < 2 || !values.every((v): v is number => v !== null && v >= MIN_LOT_YUAN)) return null;
  return { yuan: lotsTotal(values), sourceText: `${header} | ${values.length} 包` };
}
