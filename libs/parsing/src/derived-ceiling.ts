import { type AmountHit, readAmountAfter } from './amount-reader';

// "招标控制价按批复概算下浮5%确定，即2,337万元", "最高限价：预算价下浮3%，为485万元": a ceiling set as a
// rate off a base figure (概算, 预算价, 结算价). The base is only where it came from; the figure after
// 即/为/计 is the ceiling itself.
const RATE_THEN_RESULT =
  /^[\s:：]*(?:按|以|为|由|在)?[^\n。；;]{0,30}?(?:下浮|上浮|下调|上调|让利|优惠)\s*\d+(?:\.\d+)?\s*[%％][^\n。；;\d]{0,8}?[,，]?\s*(?:即|计|为|约为|合)\s*[:：]?/u;

/** The ceiling stated after the rate it was derived by, or null when the label is not followed by one. */
export function derivedCeilingAfter(display: string, labelEnd: number, unit: number | null): AmountHit | null {
  const m = RATE_THEN_RESULT.exec(display.slice(labelEnd, labelEnd + 60));
  return m ? readAmountAfter(display, labelEnd + m[0].length, unit) : null;
}
