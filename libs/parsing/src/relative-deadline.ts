// A 标讯 card or a group-chat reminder dates the cut-off from the day it was posted: "明天9:30截止",
// "后天下午3点截标", "5天后开标（10:00）". Such a day is read from the notice's stated publication day;
// without one it names no date. Only with a time of day: "3天后截止" alone is too loose to alert on.
const TIME = String.raw`(上午|下午|晚上)?\s*(\d{1,2})(?:[:：](\d{2})|点(?:(半)|(\d{1,2})分?)?)`;
const RELATIVE = new RegExp(
  String.raw`(今天|今日|明天|明日|后天|(\d{1,2})天后)\s*(?:${TIME})?\s*(?:截止|截标|开标)\s*(?:[（(]\s*${TIME}\s*[)）])?`,
  'u',
);
const DAY_WORDS: Record<string, number> = { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2 };
const HOUR = 3_600_000;

/** The cut-off a reminder gives relative to its publication day, in Shanghai time; null without either. */
export function relativeDeadline(text: string, published: Date | null): Date | null {
  if (!published) return null;
  const m = RELATIVE.exec(text);
  if (!m) return null;
  const days = m[2] ? Number(m[2]) : DAY_WORDS[m[1]];
  const at = m[4] ? m.slice(3, 8) : m.slice(8, 13);
  if (days === undefined || !at[1]) return null;
  const [half, hourText, minuteText, halfHour, minuteWord] = at;
  let hour = Number(hourText);
  if ((half === '下午' || half === '晚上') && hour < 12) hour += 12;
  const minute = halfHour ? 30 : Number(minuteText ?? minuteWord ?? 0);
  if (hour > 23 || minute > 59) return null;
  // The publication day in Shanghai, then the stated day and time there.
  const day = Math.floor((published.getTime() + 8 * HOUR) / (24 * HOUR)) + days;
  return new Date(day * 24 * HOUR + (hour - 8) * HOUR + minute * 60_000);
}
