// A county or township portal often publishes a notice as the text OCR read off a scanned, stamped
// PDF (扫描件). The reader leaves damage no notice typed by hand has, and most of it falls on the
// figures the fields are read from:
// - 釆 (biàn, "to tell apart") for 采, so 釆购人 and 釆购预算 are no labels; 釆 is written in no
//   procurement word, so it is read as 采 throughout;
// - the letter O (o, 〇) for 0 and l for 1 inside numbers and dates: 2O39年1l月2O日9:3O, Y1,O86,OOO.OO,
//   l0时. A run of digits and such letters is read as a number when it stands apart from Latin letters
//   and is plainly one: it holds two digits, or ends in a time's or date's or money's unit, or has a
//   colon or decimal point in it ("O2O" in a firm's name holds one digit and stays);
// - a figure set one character apart (1 2 8 . 5 0 万元, 2 ,3 1 8 ,6 5 4 .0 0元, 1 0 : 0 0): three or
//   more single digits parted by single spaces (a separator allowed beside them) are closed up, while
//   a table's columns, parted by runs of spaces, are not;
// - ￥ read as the letter Y before a money figure, or doubled (¥¥86,200).
const RUN = /[0-9Ool〇](?:[0-9Ool〇]|[.,:，．：](?=[0-9Ool〇]))*/gu;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/u;
const UNIT_AFTER = /^[年月日时分秒号元万%％]/u;
const SPACED_FIGURE = /(?<![\dOol〇.,，．]|\d[:：])[0-9Ool〇](?:(?: ?[.,:，．：] ?| )[0-9Ool〇]){2,}(?![\dOol〇])/gu;
const MONEY_LINE = /金额|价|预算|资金|费|小写|合计|总计/u;

/** The text with a scan's OCR damage to figures, dates and the 采 of 采购 read back. */
export function repairScanText(text: string): string {
  let out = text.includes('釆') ? text.replace(/釆/gu, '采') : text;
  out = out.replace(/([¥￥])[ \t]*[¥￥]/gu, '$1');
  // Typed text has none of the damage: it is spared going line by line.
  if (!mayBeDamaged(out)) return out;
  out = out
    .split('\n')
    .map((line) => repairLine(line))
    .join('\n');
  return out;
}

// Whether any line could change: a spaced figure, a Y on a money line, or a letter beside a digit
// (at most a separator and spaces apart, as closing a spaced figure up would join them).
const SPACED_PAIR = /[\dOol〇] ?[.,:，．：]? ?[\dOol〇] /u;
const LETTER_BY_DIGIT = /[Ool〇][ .,:，．：]{0,3}\d|\d[ .,:，．：]{0,3}[Ool〇]/u;
function mayBeDamaged(text: string): boolean {
  return SPACED_PAIR.test(text) || (text.includes('Y') && MONEY_LINE.test(text)) || LETTER_BY_DIGIT.test(text);
}

function repairLine(line: string): string {
  let out = line;
  if (SPACED_PAIR.test(out)) {
    out = out.replace(SPACED_FIGURE, (m: string, at: number, s: string) =>
      /[ ]/u.test(m) && /\d/u.test(m) && !/[A-XZa-z0-9]/u.test(s.charAt(at - 1)) ? m.replace(/ /gu, '') : m,
    );
  }
  if (MONEY_LINE.test(out))
    out = out.replace(/(^|[:：(（\s])Y(?=[ \t]?[0-9Ool〇]*\d[0-9Ool〇]*(?:[.,，．][0-9Ool〇]|[ \t]*元|[ \t]*[)）]|[ \t]*$))/gu, '$1￥');
  if (!/[Ool〇]/u.test(out)) return out;
  return out.replace(RUN, (m: string, at: number, s: string) => {
    if (!/[Ool〇]/u.test(m)) return m;
    const before = s.charAt(at - 1);
    const after = s.charAt(at + m.length);
    if (LATIN_OR_DIGIT.test(before) || LATIN_OR_DIGIT.test(after)) return m;
    const digits = (m.match(/\d/gu) ?? []).length;
    if (!digits) return m;
    if (digits < 2 && !UNIT_AFTER.test(s.slice(at + m.length)) && !/[.:．：]/u.test(m)) return m;
    return m.replace(/[Oo〇]/gu, '0').replace(/l/gu, '1');
  });
}
