// Where a press report prints the day it came out without any 发布时间 or 来源 label.
//
// A newspaper page carries its masthead, the day and the page on one line: "某某日报 2031年09月14日 第02版：要闻",
// "某某日报 2031年6月17日 A11版：公告". The page mark (第N版, A11版) is what makes the line the paper's
// own heading and not a sentence quoting a day.
//
// A city's media centre, a paper's site or a news app heads a report with its own name and the time
// of posting: on one line ("某某融媒 2031-10-09 11:26") or on the line under its name alone
// ("某某县融媒体中心\n2031-06-03 16:48:12"). The name has to end in an outlet's word (融媒, 日报, 客户端…)
// and be short, so that a sentence ending in such a word ("…接受记者采访时说：新闻") does not count.

const EDITION_MARK = /(?:第\s*[A-Z]?\d{1,3}\s*版|(?<![A-Za-z])[A-Z]\d{1,2}\s*版)/u;
const OUTLET_WORD =
  /(?:日报|晚报|早报|都市报|商报|时报|新闻网|融媒|融媒体中心|融媒体|传媒中心|新闻中心|客户端|新闻APP|APP|电视台|广播电视台)$/iu;
const MAX_OUTLET_CHARS = 20;
// What may stand after the date on an outlet's line: its time of day, nothing more.
const TIME_ONLY = /^\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$/u;

/**
 * Whether the date spanning `start`..`end` of `text` is an outlet's dateline: on a line with a
 * newspaper's page mark, or after (or under) a short outlet name with at most the time after it.
 */
export function isOutletDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // A date read with its time may end past the line break after it.
  const lineEndAt = text.indexOf('\n', start);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const before = text.slice(lineStart, start).trim();
  const after = end < lineEnd ? text.slice(end, lineEnd) : '';
  if (EDITION_MARK.test(after)) return !before || isOutletName(before) || isPaperName(before);
  if (!TIME_ONLY.test(after)) return false;
  if (before) return isOutletName(before);
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return lineStart > 0 && isOutletName(text.slice(previousStart, lineStart - 1).trim());
}

// Beside a page mark any paper's name will do (某某建设报, 某某工人报).
function isPaperName(name: string): boolean {
  return name.length <= MAX_OUTLET_CHARS && !/[，。,:：]/u.test(name) && /报$/u.test(name);
}

function isOutletName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_OUTLET_CHARS && !/[，。,:：]/u.test(name) && OUTLET_WORD.test(name);
}
