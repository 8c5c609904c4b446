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

/** The total row of a fee make-up table (positions in display text), or null when there is none. */
export function costBreakdownTotal(text: string): BreakdownTotal | null {
  const lines = displayText(text).split('\n');
  const offsets: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) offsets.push(at);
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
      const start = offsets[i];
      return { yuan: hit.yuan, start, end: start + lines[i].length };
    }
    return null;
  }
  return null;
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
