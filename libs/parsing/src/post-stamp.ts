// A 公众号 post opens with its stamp: the account's name, the day and time of posting, and where the
// poster was, "发表于浙江" (or the province alone after the time: "某某招商 2031年11月18日 19:05 江西").
// The day is when the post came out: for an account's own report (a 发布 or 住建 account's news, a 发改
// account's 批复) its day of publication, ahead of the date the document was signed. The place is the
// poster's, never the project's (region.ts does not read it as a site).
// The account's name stands before the day on the line, or alone on the line above it.

const PROVINCE_SHORT =
  '(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)';
// After the day: the time of posting, then 发表于 and a place, or a province's short name alone.
const AFTER_DAY = new RegExp(
  `^[ \\t]*(?:\\d{1,2}[:：]\\d{2}[ \\t]+)?(?:发表于[ \\t]*[\\p{Script=Han}]{2,6}|${PROVINCE_SHORT})[ \\t]*$`,
  'u',
);
const MAX_ACCOUNT_CHARS = 20;
const STAMP_LINES = 3;

/** Whether the date spanning `start`..`end` of `text` is a 公众号 post's stamp in its first lines. */
export function isPostStamp(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', start);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  if (end > lineEnd || text.slice(0, lineStart).split('\n').length > STAMP_LINES + 1) return false;
  // Its time, read with the day, is part of the hit; without it the time stands after.
  if (!AFTER_DAY.test(text.slice(end, lineEnd))) return false;
  const before = text.slice(lineStart, start).trim();
  if (before) return isAccountName(before);
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return lineStart > 0 && isAccountName(text.slice(previousStart, lineStart - 1).trim());
}

function isAccountName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_ACCOUNT_CHARS && !/[，。,:：;；]/u.test(name);
}
