// A PDF's text wraps at a fixed width, and the break may fall inside a sum of money: "中标金额：1,386,\n
// 450.00元", "预算金额：3,57\n8,000.00元", "（¥1,872,\n600.00）". Neither half is the figure: the first ends on a
// comma or on a thousands group short of three digits, which no written figure does. The two are one figure
// when together they group by thousands throughout and the second runs on to a unit (元, 万元), a closing
// bracket or the line's end. Only a figure after a colon, a currency sign or a bracket is taken so.
const BROKEN_FIGURE =
  /(?<=[:：¥$(（][ \t]*(?:人民币)?[ \t]*)(\d{1,3}(?:,\d{3})*,\d{0,2})[ \t]*\n[ \t]*(?=(\d[\d,]*(?:\.\d{1,2})?)[ \t]*(?:万?元|[)）]|\n|$))/gu;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/u;

/** The text with money figures broken over two lines by a fixed-width wrap set back on one. */
export function joinBrokenFigures(text: string): string {
  if (!/,[ \t]*\n|,\d{1,2}[ \t]*\n/u.test(text)) return text;
  return text.replace(BROKEN_FIGURE, (whole, first: string, second: string) => (GROUPED.test(first + second) ? first : whole));
}
