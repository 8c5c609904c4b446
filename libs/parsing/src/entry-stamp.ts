import type { DateHit } from './date-scan';

// When a list entry, a feed item or a pushed message was posted, where it says so without a label.
//
// A feed item or an alert keeps a cut excerpt of the notice and prints its time of posting on the
// last line: "…投标地点：某中心第三开…阅读全文\n2031-05-19 17:42", "…详情请登录查看。退订回T\n2031-03-09 08:15".
// Such a line is only a date (a time allowed), and the line above it is closed: by a full stop, by the
// cut mark of an excerpt (…, ..., 阅读全文, 查看全文 …) or by a message's opt-out (退订回T). A date alone under
// a label ("投标截止时间：\n2031-03-20 09:30") or mid-sentence is not a stamp.
//
// An aggregator's list entry gives its facts on one line of "|" cells, the day as a bare cell:
// "2031-05-12 | 湖南-长沙 | 交通工程". Only the first or the last line counts (a table row further down
// is a row of a table), and only when no other cell of that line holds a date.

const CLOSED_ABOVE = /(?:[。！!？?]|…+|\.{3,}|(?:阅读|查看|展开)(?:全文|原文|详情)|更多(?:详情)?|退订回?[A-Za-z]{1,2})[ \t]*$/u;
const CELL_SPLIT = /[|｜]/u;

/** The stamp of a list entry or cut excerpt: a closing date line under closed text, or a bare date cell of its first or last line. */
export function entryStamp(text: string, hits: readonly DateHit[]): DateHit | undefined {
  const lines = linesOf(text);
  if (lines.length === 0) return undefined;
  const last = lines[lines.length - 1];
  const closing = hits.find((h) => h.index === last.start && h.end >= last.end);
  if (closing && lines.length >= 2 && CLOSED_ABOVE.test(lines[lines.length - 2].text)) return closing;
  for (const line of lines.length > 1 ? [lines[0], last] : [last]) {
    const stamp = bareCell(text, line, hits);
    if (stamp) return stamp;
  }
  return undefined;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

// Non-empty lines with their spans, trimmed.
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: at + lead, end: at + lead + trimmed.length, text: trimmed });
    at += raw.length + 1;
  }
  return out;
}

function bareCell(text: string, line: Line, hits: readonly DateHit[]): DateHit | undefined {
  if (!CELL_SPLIT.test(line.text)) return undefined;
  const inLine = hits.filter((h) => h.index >= line.start && h.index < line.end);
  if (inLine.length !== 1) return undefined;
  const [hit] = inLine;
  const before = text.slice(line.start, hit.index);
  const after = text.slice(Math.min(hit.end, line.end), line.end);
  const cellStart = /(?:^|[|｜])[ \t]*$/u.test(before);
  const cellEnd = /^[ \t]*(?:[|｜]|$)/u.test(after);
  return cellStart && cellEnd ? hit : undefined;
}
