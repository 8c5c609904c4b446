import { type AmountHit, labelMultiplier, readAmountAfter } from './amount-reader';

// "预算金额： 包号 名称 预算金额（元） 1 课桌椅 685,000.00 2 宿舍家具 578,000.00 合计 1,263,000.00": a lots
// table pasted onto the label's line, one cell after another. Its 合计 cell is the budget, in the
// unit its header states.
const ROW_NUMBER_HEADER = /^[\s:：]*(?:包号|序号|标段号?|标项号?|包件号?|分包号?|合同包号?)\s/u;
const TOTAL_CELL = /\s(?:合计|总计)[\s:：]*(?=[\d¥￥])/u;

/** The 合计 of a lots table flattened onto the rest of the label's line, or null. */
export function flatLotsTotal(display: string, labelEnd: number): AmountHit | null {
  const newline = display.indexOf('\n', labelEnd);
  const line = display.slice(labelEnd, newline < 0 ? undefined : newline);
  if (!ROW_NUMBER_HEADER.test(line)) return null;
  const m = TOTAL_CELL.exec(line);
  if (!m) return null;
  return readAmountAfter(display, labelEnd + m.index + m[0].length, labelMultiplier(line.slice(0, m.index)));
}
