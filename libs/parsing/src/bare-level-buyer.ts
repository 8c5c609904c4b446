import { getRegion, resolveRegion } from '@app/regions';

// A county's or district's own units call themselves by their level alone in prose and headings
// (招标人为县第一高级中学, 区教育局, 县人民医院): the county is named, if at all, in a signature or a
// field further down ("招标人：宁陵县第一高级中学"). A buyer read as such a bare name is the fuller one
// where the text writes it with its place before it.
const BARE_LEVEL = /^[县区市旗]\p{Script=Han}{3,}/u;
const HAN = /\p{Script=Han}/u;
const PLACE_MIN = 1;
const PLACE_MAX = 6;

/** The buyer with its place put back, when the text names it so; else the buyer as read. */
export function fullerBareBuyer(buyer: string | null, text: string): string | null {
  if (!buyer || !BARE_LEVEL.test(buyer)) return buyer;
  const level = buyer[0];
  for (let at = text.indexOf(buyer); at >= 0; at = text.indexOf(buyer, at + 1)) {
    // The longest place name that ends right before the bare name (宁陵 of 宁陵县, not 陵 of 陵县).
    let place: string | null = null;
    for (let len = PLACE_MIN; len <= PLACE_MAX && at - len >= 0; len++) {
      const stem = text.slice(at - len, at);
      if (!HAN.test(stem[0])) break;
      const code = resolveRegion({ regionText: stem + level })?.code;
      if (code && getRegion(code)?.name === stem + level) place = stem + level;
    }
    if (place) return place + buyer.slice(1);
  }
  return buyer;
}
