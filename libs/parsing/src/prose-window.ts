import { type DateHit, shanghaiDate } from './date-scan';

// A works tender may say in a sentence when bids are taken on the day: "投标人应于2032年3月9日上午9:00—9:30
// 将投标文件递交至某中心", "请于A 8:30至9:30递交响应文件". The window's end is the deadline. The sentence must
// name a bid document, so a window for other business (签到, 踏勘, 领取文件) is no deadline.
const BEFORE_DATE = /[于在][ \t]*$/u;
const TO_TIME = /^[ \t]*(?:至|到|~|—|－|-)[ \t]*(\d{1,2})[:：](\d{2})(?!\d)/u;
const THEN_SUBMIT = /^[ \t]*(?:止|前)?[ \t]*(?:[,，]?[ \t]*(?:将|把))?[^\n，。；;]{0,12}?(?:递交|提交|送达|送交|上传)/u;
const BID_DOCUMENT = /(?:投标|响应|报价|应答|比选申请|磋商响应)(?:文件|书|函)/u;
const AFTER_REACH = 40;

/** The ends of same-day windows in prose during which bids are handed in. */
export function proseWindowEnds(text: string, hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    if (!h.hasTime || !BEFORE_DATE.test(text.slice(Math.max(0, h.index - 4), h.index))) continue;
    const to = TO_TIME.exec(text.slice(h.end, h.end + 12));
    if (!to) continue;
    const rest = text.slice(h.end + to[0].length, h.end + to[0].length + AFTER_REACH);
    const submit = THEN_SUBMIT.exec(rest);
    if (!submit) continue;
    const sentence = sentenceAround(text, h.index, h.end + to[0].length + submit[0].length + 8);
    if (!BID_DOCUMENT.test(sentence)) continue;
    const wall = new Date(h.date.getTime() + 8 * 3_600_000);
    const date = shanghaiDate(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), Number(to[1]), Number(to[2]));
    if (date) out.push({ index: h.index, end: h.end + to[0].length, date, hasTime: true });
  }
  return out;
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('。', start - 1)) + 1;
  const stops = ['\n', '。'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : undefined);
}
