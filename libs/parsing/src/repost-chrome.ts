import { noticeHeadingIndex } from './notice-heading';

// A 公众号 or 头条号 post opens with the account's stamp, "原创 某某招采圈 2031年7月3日 08:12 广东", and a
// 头条号 or 微博 post with "IP属地：四川": both name where the poster was, never where the project is.
// The poster's lead-in above the notice (编者按, 导读, 编辑导语, 小编说) is the account's own words about
// it, with figures of its own guessing (估算金额约14亿元) the notice does not state.
const ACCOUNT_STAMP =
  /^\s*(?:原创|转载(?:自)?)\s+\S[^\n]{0,30}?\d{4}(?:年|-)\d{1,2}(?:月|-)\d{1,2}日?\s+\d{1,2}:\d{2}(?:\s+[\p{Script=Han}]{2,4})?\s*$/u;
const IP_PLACE = /^\s*IP\s*属地\s*[:：]/u;
const EDITOR_LEAD = /^[^\p{L}\p{N}\n]*(?:编者按|编辑导语|导读|导语|小编(?:说|提示|导读)?)\s*[:：]/u;
// The stamp sits in the post's first lines.
const STAMP_LINES = 4;

/** The body without a repost's account stamp, IP属地 line and the poster's lead-in above the notice. */
export function dropRepostChrome(body: string, title: string): string {
  if (!/原创|转载|IP\s*属地|编者按|导读|导语|小编/u.test(body)) return body;
  const lines = body.split('\n');
  const heading = noticeHeadingIndex(lines, title);
  const kept = lines.filter(
    (line, i) =>
      !(i < STAMP_LINES && ACCOUNT_STAMP.test(line)) &&
      !(IP_PLACE.test(line) && (heading < 0 || i < heading)) &&
      !(heading > 0 && i < heading && EDITOR_LEAD.test(line)),
  );
  return kept.length === lines.length ? body : kept.join('\n');
}
