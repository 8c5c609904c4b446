import type { DateHit } from './date-scan';

// "报价文件须于2032年5月6日17时前密封送至学院资产处", "投标书请于A前寄至…": bids sent to a place before a
// time, with no deadline label. 送至 alone may be goods delivered by a date ("货物须于A前送至指定地点"),
// so the clause must name a bid document before the date.
const BEFORE_DATE = /[于在][ \t]*$/u;
const AFTER_DATE =
  /^[ \t]*(?:[(（][^()（）\n]{0,12}[)）])?[ \t]*(?:之|以)?前[ \t]*(?:[,，]?[ \t]*(?:密封|封装|装订|盖章)[^\n，,。；;]{0,4}?)?(?:送至|交至|寄至|送到|交到|寄达|送往|寄送至)/u;
const BID_DOCUMENT = /(?:投标|响应|报价|应答|比选|竞价|磋商|谈判|询价)[^\n。；;]{0,6}?(?:文件|单|书|函|材料)/u;
const CLAUSE_START = /[\n。；;]/gu;
const AFTER_REACH = 24;

/** Dates before which a bid document is to be sent to a place. */
export function sentToBefore(text: string, hits: DateHit[]): DateHit[] {
  return hits.filter((h) => {
    if (!BEFORE_DATE.test(text.slice(Math.max(0, h.index - 4), h.index))) return false;
    if (!AFTER_DATE.test(text.slice(h.end, h.end + AFTER_REACH))) return false;
    return BID_DOCUMENT.test(clauseBefore(text, h.index));
  });
}

function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_START)) start = m.index + 1;
  return before.slice(start);
}
