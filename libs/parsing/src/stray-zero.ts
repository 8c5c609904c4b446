// A date typed by hand in a Word file may take a 〇 (the Chinese zero of 二〇三六年) or a Latin O for the
// digit 0 among Arabic digits: "2036年12月1〇日", "2036年1O月26日", "2O36年". A run of Arabic digits with such a
// character inside it, right before 年, 月 or 日, is a number of the date, and the character its 0. A run of
// Chinese numerals alone (二〇三六年) holds no Arabic digit and stays as it is; a code's letters before the run
// (NO1月) keep it apart.
const STRAY_ZERO_RUN = /(?<![A-Za-z\d〇Oo])(?=[\d〇Oo]*\d)(?=[\d〇Oo]*[〇Oo])[\d〇Oo]{2,4}(?=[ \t]*[年月日])/gu;

/** The text with a 〇 or O typed for 0 in the numbers of a date read as 0 (one character for one). */
export function readStrayZeros(text: string): string {
  if (!/\d[〇Oo]|[〇Oo]\d/u.test(text)) return text;
  return text.replace(STRAY_ZERO_RUN, (run) => run.replace(/[〇Oo]/gu, '0'));
}
