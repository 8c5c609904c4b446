// Chinese numerals as written in bulletins: financial capitals (壹贰叁…, 拾佰仟) in amounts and
// ordinary digits (一二三…, 〇) in dates. Both share one digit table.
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters that may appear in a Chinese-numeral amount (digits, units, 元角分, 整). */
export const CHINESE_AMOUNT_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点元圆角分整正';

/**
 * Value of a Chinese integer such as 叁佰伍拾万 or 二十一, or null when a character is not a
 * numeral. Grouping follows the language: 万 and 亿 close a four-digit section.
 */
export function chineseIntegerValue(text: string): number | null {
  if (!text) return null;
  let total = 0; // everything already multiplied by 亿
  let wan = 0; // the current 万 group
  let section = 0; // below 万
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      // 十五 and 拾万 have no leading digit: it is an implied one.
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
    } else if (ch === '万') {
      wan = (section + (digit ?? 0) || 1) * 10_000;
      section = 0;
      digit = null;
    } else if (ch === '亿') {
      total = (total + wan + section + (digit ?? 0) || 1) * 100_000_000;
      wan = 0;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + wan + section + (digit ?? 0);
}

/**
 * Yuan value of a capital-numeral amount such as 柒万伍仟元整 or 叁佰元伍角: an integer part ending
 * in 元/圆, then optional 角 and 分. Returns null unless the text is only such an amount.
 */
export function chineseAmountValue(text: string): number | null {
  const m = /^([^元圆角分]*)[元圆]([^角分]?角)?([^分]?分)?[整正]?$/u.exec(text.replace(/\s+/g, ''));
  if (!m) return null;
  const yuan = m[1] === '' ? 0 : (decimalValue(m[1]) ?? chineseIntegerValue(m[1]));
  if (yuan === null) return null;
  const jiao = m[2] ? (DIGITS[m[2][0]] ?? null) : 0;
  const fen = m[3] ? (DIGITS[m[3][0]] ?? null) : 0;
  if (jiao === null || fen === null) return null;
  return Math.round((yuan + jiao / 10 + fen / 100) * 100) / 100;
}

// "壹佰贰拾捌点陆伍万": a decimal figure in 万 or 亿, digit by digit after 点.
const DECIMAL = /^([^万亿点]+)点([^万亿点]+)([万亿]?)$/u;

function decimalValue(text: string): number | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const whole = chineseIntegerValue(m[1]);
  const fraction = chineseDigitsValue(m[2]);
  if (whole === null || fraction === null) return null;
  const unit = m[3] === '万' ? 10_000 : m[3] === '亿' ? 100_000_000 : 1;
  return Math.round((whole + fraction / 10 ** m[2].length) * unit * 100) / 100;
}

/** Digit-by-digit reading used for years: 二〇二四 → 2024. */
export function chineseDigitsValue(text: string): number | null {
  let out = 0;
  for (const ch of text) {
    if (!(ch in DIGITS)) return null;
    out = out * 10 + DIGITS[ch];
  }
  return text ? out : null;
}
