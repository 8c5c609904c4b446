import { readAmountAfter } from './amount-reader';
import { inFormerPartyNote } from './former-result';
import { isPerformanceThreshold } from './performance-threshold';

// Labels of money that was bid or awarded. These are never budgets.
const AWARD_AMOUNT_LABEL =
  /(?:中标|成交|中选)(?:\((?:成交|中选)\))?(?:金额|价格|总价|价|额)(?:合计|总计)?|投标(?:总)?报价|报价金额|合同金额/gu;

const EARLIER_AWARD = /(?:上一?(?:年度?|期|轮|周期)|去年|往年|前期|原|历史)(?:的)?$/u;
// "暂估合同金额：486万元", "预估合同金额": what a tender expects the contract to come to, not a price
// anybody bid or won.
const ESTIMATED = /(?:暂估|预估|预计|估算)$/u;

/**
 * True when the text reports bid or award prices with a value ("中标价：350万元",
 * "投标报价 |\n7719906.88 元"): a result notice or an opening record. Tender notices mention
 * these words only in rules ("投标报价不得超过…"), never followed by an amount.
 */
export function reportsAwardAmounts(displayText: string): boolean {
  for (const m of displayText.matchAll(AWARD_AMOUNT_LABEL)) {
    // A tender may quote what an earlier contract went for ("上一年度中标价：156万元").
    const before = displayText.slice(Math.max(0, m.index - 6), m.index);
    if (EARLIER_AWARD.test(before) || ESTIMATED.test(before) || inFormerPartyNote(displayText, m.index)) continue;
    const hit = readAmountAfter(displayText, m.index + m[0].length, null);
    // "单项合同金额300万元及以上的类似业绩": the size of a past contract a bidder must show.
    if (hit && hit.yuan !== null && hit.yuan >= 100 && !isPerformanceThreshold(displayText, m.index, hit.end)) return true;
  }
  return false;
}
