// A unified social credit code (统一社会信用代码) is 18 characters: registration authority, kind,
// six-digit area code, nine-character organisation code and a check character. Flattened result
// tables run it straight into the amount that follows ("…有限公司9133…3215 1865000.00元" without
// the space), which reads as one absurd number. Splitting it off needs to know where it ends: the
// check character proves it, or a 信用代码 column named before it says the code is there.
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CODE_THEN_DIGIT = /(?<![0-9A-Z])([1-9A-GY][1-9A-Z]\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?=\d)/gu;
const CODE_COLUMN = /信用代码/u;
const COLUMN_REACH = 200;

/** True when the 18 characters carry a right check character. */
export function validCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CODE_CHARS.indexOf(code[i]);
    if (v < 0) return false;
    sum += v * WEIGHTS[i];
  }
  return CODE_CHARS[(31 - (sum % 31)) % 31] === code[17];
}

/** The text with a space after every credit code that runs into a following number. */
export function separateCreditCodes(text: string): string {
  // Most texts have no run of 19 digits at all; skip the work for them.
  if (!/\d{8}[0-9A-Z]{10}\d/u.test(text)) return text;
  return text.replace(CODE_THEN_DIGIT, (code: string, _g: string, at: number) =>
    validCreditCode(code) || CODE_COLUMN.test(text.slice(Math.max(0, at - COLUMN_REACH), at)) ? `${code} ` : code,
  );
}
