import { type AmountHit, labelMultiplier, readAmountAfter } from './amount-reader';

// "年度预算：90万元/年\n项目总预算：270万元（服务期三年）": a service bought for several years may state a
// year's figure and the whole term's on lines of their own. The budget of the procurement is the
// whole term's; a year's figure stands alone only when no total is given.
const TERM_TOTAL_LABEL = /(?:项目|采购|合同)?(?:总预算|预算总(?:金额|额|价))(?:金额)?(?:\([^()\n]{0,12}\))?/gu;
const REACH = 200;

/** The whole-term total labelled after a year's figure ending at `from`, when it is larger. */
export function termTotalAfterYear(display: string, from: number, year: number): AmountHit | null {
  const label = new RegExp(TERM_TOTAL_LABEL.source, 'gu');
  label.lastIndex = from;
  const m = label.exec(display);
  if (!m || m.index - from > REACH) return null;
  const total = readAmountAfter(display, m.index + m[0].length, labelMultiplier(m[0]));
  return total && total.yuan !== null && total.yuan > year ? total : null;
}
