import { DateHit, readClock, shanghaiDate } from './date-scan';

// Hong Kong, Macau and Taiwan notices may give the deadline's day and its hour as two fields
// ("截標日期：A\n截標時間：中午十二時正", "截止投標日期：A，截止投標時間：下午5時"), or set the hour after a
// comma ("截標日期及時間：A，下午5時30分"). The hour's field names the same cut-off or is only 时间;
// an opening's or another cut-off's hour (开标时间, 获取文件时间) is not the deadline's.
const TIME_FIELD = /^[ \t]*[，,；;]?[ \t]*\n?[ \t]*(?:([^\n:：，,。；;\d]{0,10}?)时间[ \t]*[:：]?)?[ \t]*/u;
const DEADLINE_WORDS = /^(?:.*(?:截止|截标|收件|投标|递交|提交|响应))?$/u;
const OTHER_EVENT = /开标|开启|获取|报名|保证金|质疑|异议|答疑|澄清|发售|购买|下载|解密|签到|踏勘|公示/u;

/** A time-less deadline `hit` at the hour its next field or clause gives, else null. */
export function timeInNextField(text: string, hit: DateHit): Date | null {
  const field = TIME_FIELD.exec(text.slice(hit.end, hit.end + 40));
  if (!field) return null;
  const words = field[1] ?? '';
  if (OTHER_EVENT.test(words) || !DEADLINE_WORDS.test(words)) return null;
  // A bare clause after a comma must open with the hour: "A，下午5時" is one, "A，共3天" is not.
  const clock = readClock(text.slice(hit.end + field[0].length));
  if (!clock) return null;
  const wall = new Date(hit.date.getTime() + 8 * 3_600_000);
  return shanghaiDate(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), clock.hour, clock.minute);
}
