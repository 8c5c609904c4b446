// Notices from Xinjiang may give the hour in local time: "2032年6月18日新疆时间9:30（北京时间11:30）",
// "开标时间：2032年6月18日10:00（乌鲁木齐时间）". 新疆时间 (乌鲁木齐时间) runs two hours behind Beijing, and
// a deadline is kept as Beijing wall-clock time, so such an hour is two hours later in Beijing.
// 北京时间 (and a time with no zone) needs nothing.

/** The zone words a date may carry between its day and its hour, bracketed or not. */
export const ZONE_BEFORE_TIME = String.raw`(?:\s*[(（]?\s*(?:北京|新疆|乌鲁木齐)时间\s*[)）]?)?`;
/** A local zone named in brackets right after the hour: "10:00（新疆时间）". */
export const LOCAL_ZONE_AFTER_TIME = String.raw`(?:[^\S\n]*[(（][^\S\n]*(?:新疆|乌鲁木齐)时间[^\S\n]*[)）])?`;

const LOCAL_ZONE = /(?:新疆|乌鲁木齐)时间/u;
const LOCAL_BEHIND_BEIJING_HOURS = 2;

/** Hours to add to a date's stated hour for Beijing time, from the text of its match. */
export function hoursBehindBeijing(matched: string, hasTime: boolean): number {
  return hasTime && LOCAL_ZONE.test(matched) ? LOCAL_BEHIND_BEIJING_HOURS : 0;
}
