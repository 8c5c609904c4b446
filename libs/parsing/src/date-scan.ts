import { readStrayZeros } from './stray-zero';
import { chineseDigitsValue, chineseIntegerValue } from './chinese-numerals';
import { LOCAL_ZONE_AFTER_TIME, ZONE_BEFORE_TIME, hoursBehindBeijing } from './zone-clock';

/** A date (and maybe a time) found in text. */
export interface DateHit {
  index: number;
  end: number;
  date: Date;
  hasTime: boolean;
}

const SHANGHAI_OFFSET_HOURS = 8; // Asia/Shanghai is UTC+8 all year (no DST since 1991)

const CN_DIGIT = '〇零一二三四五六七八九';
const CN_SMALL = '一二三四五六七八九十';
// Between the date and its time: a weekday, or the zone, bracketed or not ("2027年8月18日（北京时间）
// 11时00分", "2027年3月5日北京时间9:30"); a local zone (新疆时间) moves the hour (zone-clock.ts).
const WEEKDAY = String.raw`(?:\s*\(?\s*(?:星期|周)[一二三四五六日天]\s*\)?)?${ZONE_BEFORE_TIME}`;
// Hours and minutes may be written in numerals too: 上午九时三十分, 中午十二时正. Noon is 中午 or 正午 (Hong
// Kong and Macau), early morning 凌晨 and evening 傍晚, as 晚上 is. The minutes stay on the
// hour's line ("10点\n5.联系方式" is 10:00; split pieces are joined first); 九点半 is half past.
const CN_CLOCK = '〇零一二两三四五六七八九十';
const TIME = String.raw`(?:\s*-?\s*(上午|下午|晚上|中午|正午|早上|凌晨|傍晚|[AaPp]\.?[Mm]\.?)?\s*(\d{1,2}|[${CN_CLOCK}]{1,3}(?=\s*[时点]))\s*[:时点][^\S\n]*(?:(\d{1,2}|[${CN_CLOCK}]{1,3}(?=\s*分)|半)\s*分?)?(?:\s*:\s*(\d{2})(?!\d))?(?:[^\S\n]*[整正](?![式常在]))?)?`;
const DATE_FORMS = [
  String.raw`(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`,
  String.raw`(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])`,
  String.raw`(?<!\d)(20\d{2})(\d{2})(\d{2})(?=\s*-?\s*\d{1,2}:\d{2})`, // 20260313 - 09:30:00
  `([${CN_DIGIT}]{4})年([${CN_SMALL}]{1,3})月([${CN_SMALL}]{1,3})[日号]`,
  // "27年11月8日": a two-digit year, this century's, only with its month and day.
  String.raw`(?<![\d年])(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`,
  // Taiwan counts years from 1912 (民国): "117年5月29日", "民國117年", "117/05/06" are 2028's.
  String.raw`(?<![\d/.])(?:民国\s*)?(1\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`,
  String.raw`(?<![\d/.])(1\d{2})\/(\d{1,2})\/(\d{1,2})(?![\d/.])`,
  // Press releases write it with hyphens ("發布日期：118-03-18"); only years up to 139 (2050) and a
  // two-digit month and day, so a part number (150-1-2) or a phone (138-1234-5678) stays apart.
  String.raw`(?<![\d/.\-])(1[0-3]\d)-(\d{2})-(\d{2})(?![\d/.\-])`,
  // A 民國 year in numerals, as a Taiwan notice may write its deadline in full: "民國一一九年十一月二十六日"
  // (digit by digit) or "民國一百一十九年…"; only after 民國, so no numeral run elsewhere is read as a year.
  `民国\\s*([${CN_DIGIT}十百]{2,5})\\s*年\\s*([${CN_SMALL}]{1,3})\\s*月\\s*([${CN_SMALL}]{1,3})\\s*[日号]`,
  // Taiwan's documents drop 民國 as often as they keep it: "一一五年三月二十日", "一二〇年四月二十八日". Three
  // numerals digit by digit from 一〇〇 to 一三九 (2011–2050) can be no other year; a fourth before them is
  // a Western year (二〇一一年).
  `(?<![${CN_DIGIT}十百])(一[〇零一二三][${CN_DIGIT}])年([${CN_SMALL}]{1,3})月([${CN_SMALL}]{1,3})[日号]`,
];
const TWO_DIGIT_FORM = 4;
const ROC_FORMS = new Set([5, 6, 7]);
const ROC_NUMERAL_FORMS = new Set([8, 9]);
const ROC_YEAR_ONE = 1911;
const DATE_RE = new RegExp(`(?:${DATE_FORMS.map((f) => `(?:${f})`).join('|')})${WEEKDAY}${TIME}${LOCAL_ZONE_AFTER_TIME}`, 'gu');

/**
 * Joins date pieces that a crawler split over lines ("202\n6\n年3月", "2026年03月27日\n09点30分")
 * so one pattern can read them. Digits are joined only while the run stays ≤ 4 digits, so
 * table cells ("1\n2026-03-05") stay apart.
 */
export function joinSplitDates(text: string): string {
  return (
    // A 〇 or O typed for 0 among a date's digits is read as 0 first (stray-zero.ts).
    readStrayZeros(text)
      // A line opening with a list number ("2031-06-02\n1.招标条件") starts the next item, not the date's last digits.
      .replace(/(?<!\d)(\d{1,3})\n+(?=(\d{1,3})(?!\d|[.．、)）](?!\d)))/g, (m, a: string, b: string) => (a.length + b.length <= 4 ? a : m))
      .replace(/(?<=[年月])\n+(?=[\d年月日时分点:])/gu, '')
      // After the day only a time continues the date: "2026年03月16日\n0" is a table cell below it.
      .replace(/(?<=日)\n+(?=\d{1,2}\s*[:：时点]|[时分点:])/gu, '')
      .replace(/(?<=\d)\n+(?=[年月日时分点:])/gu, '')
      // After the hour only its minutes continue: "上午10点\n5.联系方式" is the next list item.
      .replace(/(?<=[时点])\n+(?=\d{1,2}\s*分|分)/gu, '')
  );
}

/** All dates in (already joined) display text, in order. Impossible dates are skipped. */
export function scanDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const date = toDate(m);
    if (date) hits.push({ index: m.index, end: m.index + m[0].length, date: date.value, hasTime: date.hasTime });
  }
  return hits;
}

function toDate(m: RegExpMatchArray): { value: Date; hasTime: boolean } | null {
  // Three groups (year, month, day) per date form, then meridiem, hour, minute, second.
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  for (let form = 0; form < DATE_FORMS.length; form++) {
    const [y, mo, d] = [m[1 + form * 3], m[2 + form * 3], m[3 + form * 3]];
    if (y === undefined) continue;
    if (form === 3 || ROC_NUMERAL_FORMS.has(form)) {
      const digits = form === 3 ? chineseDigitsValue(y) : (chineseDigitsValue(y) ?? chineseIntegerValue(y));
      year = digits === null ? null : digits + (form === 3 ? 0 : ROC_YEAR_ONE);
      month = chineseIntegerValue(mo);
      day = chineseIntegerValue(d);
    } else {
      const offset = form === TWO_DIGIT_FORM ? 2000 : ROC_FORMS.has(form) ? ROC_YEAR_ONE : 0;
      [year, month, day] = [Number(y) + offset, Number(mo), Number(d)];
    }
  }
  const timeGroup = 1 + DATE_FORMS.length * 3;
  const [meridiem, h, min, sec] = [m[timeGroup], m[timeGroup + 1], m[timeGroup + 2], m[timeGroup + 3]];
  let hour = clockValue(h);
  if (isAfternoon(meridiem) && hour < 12) hour += 12;
  const minute = clockValue(min);
  const second = sec === undefined ? 0 : Number(sec);
  const value = shanghaiDate(year, month, day, hour, minute, second);
  const hasTime = h !== undefined;
  return value ? { value: new Date(value.getTime() + hoursBehindBeijing(m[0], hasTime) * 3_600_000), hasTime } : null;
}

/**
 * A wall-clock time in Asia/Shanghai as a Date, or null when the parts are impossible
 * (2024-02-30, 25:00) or outside 1990–2100.
 */
export function shanghaiDate(year: number | null, month: number | null, day: number | null, hour = 0, minute = 0, second = 0): Date | null {
  if (year === null || month === null || day === null) return null;
  // "24:00" (24时) closes the day: the next day's 00:00. 24:30 is no time.
  const endOfDay = hour === 24 && minute === 0 && second === 0;
  if (year < 1990 || year > 2100 || (hour > 23 && !endOfDay) || minute > 59 || second > 59) return null;
  const utc = new Date(Date.UTC(year, month - 1, day, endOfDay ? 0 : hour, minute, second));
  // Date.UTC rolls 2024-02-30 over to March; a round trip catches it.
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return new Date(utc.getTime() + (endOfDay ? 86_400_000 : 0) - SHANGHAI_OFFSET_HOURS * 3_600_000);
}

// "12月9日上午9:30": a date without its year, as deadlines are often written in a notice of the
// same season. Not the tail of a full date (2026年12月9日) nor of a number (第12月).
const MONTH_DAY_RE = new RegExp(
  String.raw`(?<![年\d/.\-])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]${WEEKDAY}${TIME}${LOCAL_ZONE_AFTER_TIME}`,
  'gu',
);
const HALF_YEAR_MS = 183 * 86_400_000;

/**
 * Dates written without a year, placed in the year of `reference` (when the notice was published);
 * a date more than half a year before it belongs to the next year (a December notice setting a
 * January deadline).
 */
export function scanMonthDays(text: string, reference: Date): DateHit[] {
  const year = new Date(reference.getTime() + SHANGHAI_OFFSET_HOURS * 3_600_000).getUTCFullYear();
  const hits: DateHit[] = [];
  for (const m of text.matchAll(MONTH_DAY_RE)) {
    const [month, day, meridiem, h, min] = [Number(m[1]), Number(m[2]), m[3], m[4], m[5]];
    let hour = clockValue(h);
    if (isAfternoon(meridiem) && hour < 12) hour += 12;
    const minute = clockValue(min);
    let date = shanghaiDate(year, month, day, hour, minute);
    if (date && date.getTime() < reference.getTime() - HALF_YEAR_MS) date = shanghaiDate(year + 1, month, day, hour, minute);
    if (date) date = new Date(date.getTime() + hoursBehindBeijing(m[0], h !== undefined) * 3_600_000);
    if (date) hits.push({ index: m.index, end: m.index + m[0].length, date, hasTime: h !== undefined });
  }
  return hits;
}

// A time of day standing alone, as the value of a field of its own ("截标时间：中午十二时正").
const CLOCK_RE = new RegExp(`^${TIME}`, 'u');

/**
 * The time of day at the start of `text` ("下午5时30分", "14:30", "中午十二时正"): its hour and minute in
 * Shanghai wall-clock time and how many characters it takes; null when no hour opens the text or it is impossible.
 */
export function readClock(text: string): { hour: number; minute: number; length: number } | null {
  const m = CLOCK_RE.exec(text);
  if (!m || m[2] === undefined) return null;
  let hour = clockValue(m[2]);
  if (isAfternoon(m[1]) && hour < 12) hour += 12;
  const minute = clockValue(m[3]);
  if (hour > 23 || minute > 59) return null;
  return { hour, minute, length: m[0].length };
}

/** An hour or minute written in digits or numerals (九, 十二, 三十); 0 when absent. */
function clockValue(text: string | undefined): number {
  if (text === undefined) return 0;
  if (/^\d+$/u.test(text)) return Number(text);
  if (text === '半') return 30;
  return chineseIntegerValue(text.replace(/两/gu, '二')) ?? 99; // unreadable: an impossible time, so no date
}

// 下午/晚上/傍晚, or an English PM written before the hour ("PM 2:30").
function isAfternoon(meridiem: string | undefined): boolean {
  return meridiem === '下午' || meridiem === '晚上' || meridiem === '傍晚' || /^p/iu.test(meridiem ?? '');
}
