// Bilingual notices (国际招标, 世界银行/亚行贷款 projects) may give a date only in English, or in English
// first, before the Chinese: "Deadline for bid submission 投标截止时间：10:00 a.m. Beijing time, 28
// October 2031 / 2031年10月28日…", "14:00 hours (Beijing time), 25 August 2031", "October 9, 2031".
// Such a date is spelt the Chinese way (2031年10月28日 10:00) before dates are scanned, so it stands right
// after its label as any other date does. The clock may come before the date or after it.
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const CLOCK = String.raw`(\d{1,2})[:.](\d{2})[ \t]*(?:(a\.?m\.?|p\.?m\.?)|hours|hrs|h\b)?`;
// What may stand between a clock and its date: the zone named, a comma, "on".
const ZONE = String.raw`[ \t,]*(?:\(?[ \t]*(?:Beijing[ \t]+time|BJT|北京时间)[ \t]*\)?[ \t,]*)?(?:on[ \t]+|at[ \t]+)?`;
const DAY_MONTH_YEAR = String.raw`(\d{1,2})${ORDINAL}[ \t]+${MONTH}[ \t,]+(\d{4})`;
const MONTH_DAY_YEAR = String.raw`${MONTH}[ \t]+(\d{1,2})${ORDINAL}[ \t]*,?[ \t]+(\d{4})`;
const ENGLISH_DATE = new RegExp(String.raw`(?:${CLOCK}${ZONE})?(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})(?:${ZONE}${CLOCK})?(?![\w])`, 'giu');

/** The text with dates written in English spelt as 年月日 (and a clock beside them as HH:MM). */
export function spellEnglishDates(text: string): string {
  if (!/[A-Za-z]/u.test(text)) return text;
  return text.replace(ENGLISH_DATE, (whole, ...g: (string | undefined)[]) => {
    const [h1, m1, ap1, d1, mon1, y1, mon2, d2, y2, h2, m2, ap2] = g;
    const month = monthNumber(mon1 ?? mon2);
    const day = Number(d1 ?? d2);
    const year = y1 ?? y2;
    if (!month || day < 1 || day > 31) return whole;
    const hour = h1 ?? h2;
    const clock = hour === undefined ? '' : ` ${to24(Number(hour), ap1 ?? ap2)}:${m1 ?? m2}`;
    return `${year}年${month}月${day}日${clock}`;
  });
}

function monthNumber(word: string | undefined): number | null {
  const key = word?.toLowerCase().slice(0, 3);
  const index = MONTHS.findIndex((m) => m.startsWith(key ?? '-'));
  return index < 0 ? null : index + 1;
}

function to24(hour: number, meridiem: string | undefined): string {
  const pm = meridiem?.toLowerCase().startsWith('p');
  const am = meridiem?.toLowerCase().startsWith('a');
  const h = pm && hour < 12 ? hour + 12 : am && hour === 12 ? 0 : hour;
  return String(h).padStart(2, '0');
}
