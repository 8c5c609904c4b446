// "最高限价185元/吨", "基本水价不高于2.65元/立方米": a cap on the price of each tonne, cubic metre or
// piece that a concession or a unit-rate tender asks bids on. It bounds a rate, not what the
// contract comes to, so it is no budget. A figure per year, month, quarter or term ("120万元/两年")
// is a period's sum and is read elsewhere.
const PER_UNIT_AFTER = /^[ \t]*[/／][ \t]*(?![一二两三四五六七八九十\d]*个?(?:年|月|季|期|半年|周)|每)[\p{Script=Han}a-zA-Z³²]/u;

/** True when the money figure ending at `end` is priced per unit ("元/吨"). */
export function isPerUnitFigure(text: string, end: number): boolean {
  return PER_UNIT_AFTER.test(text.slice(end, end + 8));
}
