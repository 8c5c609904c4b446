// Where several suppliers share one award (份额 splits), each may get the winner's label numbered
// after it: "中选人一：甲公司", "中标人2：乙公司", "成交供应商(二)：丙公司". The number is part of the
// label, not of the name; it may only stand right before the label's colon. After a candidate's
// label ("成交候选供应商二：") the number is a rank, and only the first is the winner.
const ORDINAL_BEFORE_COLON = /^[ \t]*(?:[一二三四五六七八九十]|\d{1,2}|\([一二三四五六七八九十\d]{1,2}\))(?=[ \t]*[:：])/u;
const FIRST = /^[ \t(]*[一1][ \t)]*$/u;

/** How many characters at `at` (right after a winner's label) are its number; 0 when none is. */
export function labelOrdinalLength(text: string, at: number): number {
  return ORDINAL_BEFORE_COLON.exec(text.slice(at, at + 8))?.[0].length ?? 0;
}

/** Whether a candidate's label ending at `at` is numbered as a later one than the first. */
export function laterCandidateNumber(label: string, text: string, at: number): boolean {
  const number = ORDINAL_BEFORE_COLON.exec(text.slice(at, at + 8))?.[0];
  return label.includes('候选') && number !== undefined && !FIRST.test(number);
}
