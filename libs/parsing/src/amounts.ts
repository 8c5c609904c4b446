import { displayText } from './display-text';
import { CHINESE_AMOUNT_CHARS, chineseAmountValue } from './chinese-numerals';

/** Multiplier of a written unit, e.g. 万元 → 10 000, 千元 → 1 000, 百万元 → 1 000 000. */
export function unitMultiplier(unit: string): number | null {
  const u = unit
    .replace(/\s+/g, '')
    .replace(/^人民币/, '')
    .replace(/^[余多]/, '');
  if (/^(元|圆|元整|元人民币)?$/.test(u)) return 1;
  if (/^(万|万元)$/.test(u)) return 10_000;
  if (/^(亿|亿元)$/.test(u)) return 100_000_000;
  if (/^(千元)$/.test(u)) return 1_000;
  if (/^(百万|百万元)$/.test(u)) return 1_000_000;
  if (/^(千万|千万元)$/.test(u)) return 10_000_000;
  return null;
}

const CHINESE_ONLY = new RegExp(`^[${CHINESE_AMOUNT_CHARS}\\s]+$`, 'u');

// Placeholders sites print instead of an amount: **.*万元, (略), XXX, 详见…
const MASKED = /[*＊]|略|详见|见附件|待定|x{2,}/i;

const ARABIC = new RegExp(
  '^(?:约|人民币|RMB|CNY|¥|￥|\\s)*' +
    '(\\d{1,3}(?:[, ]\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:, \\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)*)' + // 3,500,000.00 · 1 286 500 · 1, 032, 800.00 · 250,0000.00
    '\\s*([余多]?\\s*(?:[百千]万\\s*元|[百千]万|万\\s*元|万|亿\\s*元|亿|千元|元))?\\s*(?:整|人民币)?$',
  'iu',
);

/**
 * Parses one written amount to yuan: "350万元", "3,500,000.00元", "1.2亿元", "柒万伍仟元整",
 * "人民币 43.362 万 元", full-width digits. A bare number is in `defaultMultiplier` units (yuan
 * unless a label such as 预算金额（万元） said otherwise). Masked or unreadable text → null.
 */
export function parseAmount(input: string, defaultMultiplier = 1): number | null {
  const text = displayText(input).replace(/\s+/g, ' ').trim();
  if (!text || MASKED.test(text)) return null;
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const value = Number(normaliseDigits(arabic[1]));
    const multiplier = arabic[2] ? unitMultiplier(arabic[2]) : defaultMultiplier;
    if (!Number.isFinite(value) || multiplier === null) return null;
    return roundToCents(value * multiplier);
  }
  const chinese = text.replace(/^(?:人民币|大写[:：]?)\s*/, '');
  if (CHINESE_ONLY.test(chinese)) {
    return chineseAmountValue(chinese);
  }
  return null;
}

// Commas and spaces only group digits, wherever a site put them (250,0000.00 is 2 500 000):
// Chinese bulletins never write a decimal comma.
export function normaliseDigits(digits: string): string {
  return digits.replace(/[, ]/g, '');
}

export function roundToCents(value: number): number {
  return Math.round(value * 100) / 100;
}
