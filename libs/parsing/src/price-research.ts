// A buyer asking suppliers for prices or proposals only to set its budget (市场调研, 价格调查, a 询价函
// sent for reference) buys nothing yet, and its notice says so: the replies serve as a price or market
// reference (仅作价格参考, 仅用于了解市场行情、测算预算) or the notice is no procurement (不属于采购活动,
// 不作为采购依据). Such a notice is read with the other announcements made before a procurement.
const REFERENCE_ONLY =
  /仅(?:作|作为|用于|供)[^。；\n]{0,10}?(?:价格参考|市场(?:行情|价格)|了解市场|(?:编制|测算|确定)(?:采购)?预算|预算(?:编制|测算))/u;
// A call for interested suppliers or for remarks may say it outright: 本次征集不是采购公告, 本公示不是招标公告.
const NO_PROCUREMENT =
  /不(?:属于|构成|是|作为)(?:正式)?(?:的)?(?:政府)?采购(?:活动|行为|程序|依据)|不是(?:正式的?)?(?:政府)?(?:采购|招标)公告/u;

/** True when the body says its call for prices or proposals is research, not a procurement. */
export function readsAsPriceResearch(body: string): boolean {
  return REFERENCE_ONLY.test(body) || NO_PROCUREMENT.test(body);
}
