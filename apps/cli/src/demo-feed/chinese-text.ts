// How notices write amounts and dates: 万元 and 亿元 with decimals, grouped yuan, the capital
// numerals of contracts and receipts (大写), and China-time dates with 年月日 and 时分.

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];

/** 1,250,000 → 壹佰贰拾伍万; whole yuan only, below 10^12. */
export function capitalNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`cannot write ${n} in capital numerals`);
  if (n === 0) return '零';
  const groups = [n % 10_000, Math.floor(n / 10_000) % 10_000, Math.floor(n / 100_000_000)];
  const names = ['', '万', '亿'];
  let out = '';
  let zeroPending = false;
  for (let g = 2; g >= 0; g--) {
    const value = groups[g];
    if (value === 0) {
      if (out) zeroPending = true;
      continue;
    }
    // A gap inside the number is read as 零: 壹佰万零伍佰.
    if (out && (zeroPending || value < 1000)) out += '零';
    out += fourDigits(value) + names[g];
    zeroPending = false;
  }
  return out;
}

function fourDigits(value: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(value / 10 ** i) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    out += DIGITS[d] + SMALL_UNITS[i];
    zero = false;
  }
  return out;
}

/** 1,250,000 → 人民币壹佰贰拾伍万元整. */
export function capitalYuan(yuan: number): string {
  return `人民币${capitalNumber(Math.round(yuan))}元整`;
}

/** 1250000 → 1,250,000.00元 */
export function groupedYuan(yuan: number): string {
  return `${yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}元`;
}

/** 1250000 → 125万元, 3568000 → 356.8万元 (no trailing zeros). */
export function wanYuan(yuan: number): string {
  return `${trimNumber(yuan / 10_000, 4)}万元`;
}

/** 235000000 → 2.35亿元 */
export function yiYuan(yuan: number): string {
  return `${trimNumber(yuan / 100_000_000, 4)}亿元`;
}

export function trimNumber(n: number, decimals: number): string {
  return n.toFixed(decimals).replace(/\.?0+$/, '');
}

const CHINA_OFFSET_MS = 8 * 3600_000;

/** The China-time calendar fields of an instant (China has no daylight saving). */
export function chinaParts(at: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const d = new Date(at.getTime() + CHINA_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** The instant of a China-time wall clock; day overflow rolls into the next month as Date does. */
export function chinaInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - CHINA_OFFSET_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026年12月03日 */
export function chineseDate(at: Date): string {
  const p = chinaParts(at);
  return `${p.year}年${pad(p.month)}月${pad(p.day)}日`;
}

/** 2026年12月03日09时30分 */
export function chineseDateTime(at: Date): string {
  const p = chinaParts(at);
  return `${chineseDate(at)}${pad(p.hour)}时${pad(p.minute)}分`;
}

/** 2026-12-03T09:30:00+08:00, as a feed writes a China-time instant. */
export function isoChina(at: Date): string {
  const p = chinaParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:00+08:00`;
}
