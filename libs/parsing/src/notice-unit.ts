import { readAmountAfter } from './amount-reader';

// A notice may say once that its figures are in 万元 — a caption under the title ("（金额单位：万元）")
// or a table's column far above ("投标报价（单位：万元）") — and then write the award bare, many lines
// below: "中标价：1,253.6720". Past the reach of a caption over its own rows, such a figure is still
// in 万元 when nothing in the notice writes a figure in 元 and the figure is too small to be a price
// in 元 of any such work read that way (under 100 000, i.e. below 10亿元).
const WAN_STATED = /单位\s*[:：]\s*(?:人民币)?\s*万元|[(（]\s*(?:人民币)?\s*万元\s*(?:人民币)?\s*[)）]/u;
const YUAN_FIGURE = /\d\s*元(?![件素旦器宝])|[¥￥]\s*\d|[(（]\s*元\s*[)）]|单位\s*[:：]\s*(?:人民币)?\s*元/u;
const MAX_WAN_FIGURE = 100_000;
const WAN = 10_000;

/** 10 000 when the bare figure after the label at `labelEnd` is in the 万元 the notice stated above; else null. */
export function wanStatedForBareFigure(text: string, labelStart: number, labelEnd: number): number | null {
  // The figure first (a short read at the label), the whole text only for a bare small one.
  const bare = readAmountAfter(text, labelEnd, null);
  if (bare?.yuan == null || bare.yuan >= MAX_WAN_FIGURE) return null;
  // A figure with its own unit reads the same either way: only a bare one takes the notice's.
  if (readAmountAfter(text, labelEnd, WAN)?.yuan === bare.yuan) return null;
  return WAN_STATED.test(text.slice(0, labelStart)) && !YUAN_FIGURE.test(text) ? WAN : null;
}
