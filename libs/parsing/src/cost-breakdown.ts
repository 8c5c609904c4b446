import { type AmountHit, labelMultiplier, readAmountAfter } from './amount-reader';
import { displayText } from './display-text';
import { splitCells } from './table-cells';

// A price ceiling is often published with its make-up, one fee a row (分部分项工程费, 措施项目费,
// 其他项目费, 规费, 税金), closed by the row that adds them up (合计, 招标控制价合计, 最高投标限价(总价)).
// That row is the ceiling; the fees and the 其中 shares under them (安全文明施工费, 暂列金额) are parts.
const COMPONENTS: readonly RegExp[] = [
  /^分部分项(?:工程)?(?:项目)?费/u,
  /^措施(?:项目)?费/u,
  /^其他项目费/u,
  /^规费/u,
  /^(?:增值)?税金|^增值税/u,
];
const MIN_COMPONENTS = 2;
const TOTAL_LABEL =
  /^(?:(?:招标控制价|最高投标限价|控制价|拦标价|工程造价|造价)?(?:合计|总计|总价)(?:金额)?|(?:招标控制价|最高投标限价|拦标价)(?:总额)?)(?:\([^()]{0,12}\))?[:：]?$/u;
const ROW_NUMBER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]?$/u;
// How far below the first fee its total row may stand.
const MAX_ROWS = 16;

export interface BreakdownTotal extends AmountHit {
  start: number;
}

/** The total of a fee make-up table (positions in display text), or null when there is none. */
export function costBreakdownTotal(text: string): BreakdownTotal | null {
  const lines = displayText(text).split('\n');
  return totalRow(lines) ?? totalColumn(lines);
}

// Fees down the rows, the total on a row of its own.
function totalRow(lines: readonly string[]): BreakdownTotal | null {
  for (let first = 0; first < lines.length; first++) {
    if (componentOf(lines[first]) === null) continue;
    const seen = new Set<number>();
    for (let i = first; i < Math.min(lines.length, first + MAX_ROWS); i++) {
      const component = componentOf(lines[i]);
      if (component !== null) {
        seen.add(component);
        continue;
      }
      const cells = rowCells(lines[i]);
      if (!cells.length || !TOTAL_LABEL.test(cells[0])) continue;
      if (seen.size < MIN_COMPONENTS) return null;
      const unit = labelMultiplier(cells[0]) ?? headerUnit(lines, first);
      const value = cells[cells.length - 1];
      const hit = cells.length >= 2 ? readAmountAfter(value, 0, unit) : null;
      if (!hit || hit.yuan === null) return null;
      return { yuan: hit.yuan, ...lineSpan(lines, i) };
    }
    return null;
  }
  return null;
}

// Fees across the columns ("单位工程 | 分部分项工程费 | 措施项目费 | 规费 | 税金 | 合计"): the total
// column of the one row below, or of the row that adds several 单位工程 up.
function totalColumn(lines: readonly string[]): BreakdownTotal | null {
  for (let h = 0; h < lines.length; h++) {
    const header = splitCells(lines[h]);
    const fees = new Set(header.map((c) => COMPONENTS.findIndex((re) => re.test(c))).filter((at) => at >= 0));
    const column = header.findIndex((c) => TOTAL_LABEL.test(c));
    if (fees.size < MIN_COMPONENTS || column < 0) continue;
    const rows: number[] = [];
    for (let i = h + 1; i < Math.min(lines.length, h + 1 + MAX_ROWS); i++) {
      if (splitCells(lines[i]).length !== header.length) break;
      rows.push(i);
    }
    const totalAt = rows.find((i) => TOTAL_LABEL.test(rowCells(lines[i])[0] ?? ''));
    const at = totalAt ?? (rows.length === 1 ? rows[0] : undefined);
    if (at === undefined) return null;
    const unit = labelMultiplier(header[column]) ?? labelMultiplier(lines[h - 1] ?? '');
    const hit = readAmountAfter(splitCells(lines[at])[column], 0, unit);
    return hit && hit.yuan !== null ? { yuan: hit.yuan, ...lineSpan(lines, at) } : null;
  }
  return null;
}

function lineSpan(lines: readonly string[], index: number): { start: number; end: number } {
  let start = 0;
  for (let i = 0; i < index; i++) start += lines[i].length + 1;
  return { start, end: start + lines[index].length };
}

function componentOf(line: string): number | null {
  const label = rowCells(line)[0];
  if (!label) return null;
  const at = COMPONENTS.findIndex((re) => re.test(label));
  return at < 0 ? null : at;
}

// The row's cells without its leading row number.
function rowCells(line: string): string[] {
  const cells = splitCells(line);
  return cells.length > 1 && ROW_NUMBER.test(cells[0]) ? cells.slice(1) : cells;
}

// "费用名称 | 金额（万元）" above the first fee gives the column its unit.
function headerUnit(lines: readonly string[], first: number): number | null {
  for (let i = first - 1; i >= Math.max(0, first - 2); i--) {
    const unit = labelMultiplier(lines[i]);
    if (unit !== null) return unit;
  }
  return null;
}
