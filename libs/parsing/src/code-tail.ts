// Two ways a code's tail goes wrong after its label is read.
//
// A procurement 文号 copied out of a PDF may break after its year bracket ("某财采计[2034]\n0061号"):
// a 文号 never ends at its year, so a next line that holds only the serial (digits, maybe 第 and 号)
// is the rest of it.
//
// A portal may gloss a number in a bracket glued to it ("SDGP…073（本编号为某平台编号）"): a bracket of
// Chinese words alone, four or more of them, after a code of Latin letters and digits is a note, not a
// part of the code. Short ones stay, as numbers mark their round that way ("…-014（2）", "…（二次）").

const YEAR_BRACKET_END = /[〔[［(（【]\d{4}[〕\]］)）】]$/u;
const SERIAL_LINE = /^\s*[-—]?第?\d{1,6}号?\s*$/u;
const HAN_NOTE = /(?<=[A-Za-z0-9])[(（]\p{Script=Han}{4,}[)）]$/u;

/** The value with its serial joined when the value stops at a 文号's year bracket and the next line is the serial. */
export function withWrappedSerial(value: string, nextLine: string | undefined): string {
  if (!nextLine || !YEAR_BRACKET_END.test(value) || !SERIAL_LINE.test(nextLine)) return value;
  return value + nextLine.trim();
}

/** The value without a bracketed Chinese note glued to the end of a Latin code. */
export function withoutGlossNote(value: string): string {
  return value.replace(HAN_NOTE, '');
}
