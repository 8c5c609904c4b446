import { chineseIntegerValue } from './chinese-numerals';

// How a lot is numbered: in digits or Chinese numerals (第3包, 标段二), in Roman numerals (Ⅱ标段, which
// display text writes in Latin letters, II标段) or by a capital letter (A包, 包B). Letters run from A
// to H only, so none of them is read as a Roman numeral.
export const LOT_NUMBER = '(?:[一二三四五六七八九十\\d]{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧ]|VI{0,3}|IV|I{1,3}|[A-H])';

/** A lot's name as a line opens with it: 第3包, 标段二, A包, 包B, Ⅱ标段, and in English Lot 2, Lot No. 2. */
export const LOT_NAME = `[Ll][Oo][Tt][ \\t]*(?:[Nn][Oo]\\.?[ \\t]*)?\\d{1,2}(?![\\d.])|第?${LOT_NUMBER}(?:包|标段|标包|分标|合同包|包件|标项)|(?:合同)?(?:包|标段|标包|分标|包件|标项)[ \\t]*${LOT_NUMBER}号?(?![A-Za-z])`;

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8 };

/** The lot's number as an integer (A and I are 1), or null when the token is none. */
export function lotNumberValue(token: string): number | null {
  const t = token.normalize('NFKC');
  if (/^\d+$/u.test(t)) return Number(t);
  if (ROMAN[t] !== undefined) return ROMAN[t];
  if (/^[A-H]$/u.test(t)) return t.charCodeAt(0) - 64;
  return chineseIntegerValue(t);
}
