// Lists are often numbered with circled figures (①②③, ❶❷❸). Unicode's compatibility form turns
// ① into a bare "1" that then sticks to the name after it ("1某公司"), so before the text is
// normalised each one is written as the bracketed number "(1)" that lists use anyway.
const CIRCLED = /[\u2460-\u2473\u2776-\u2793]/gu;

function ordinal(c: string): number {
  const code = c.codePointAt(0)!;
  if (code <= 0x2473) return code - 0x2460 + 1;
  // Three runs of ten dingbats: ❶…❿, ➀…➉, ➊…➓.
  return ((code - 0x2776) % 10) + 1;
}

/** The text with every circled number written as "(n)". */
export function spellCircledNumbers(text: string): string {
  return text.replace(CIRCLED, (c) => `(${ordinal(c)})`);
}
