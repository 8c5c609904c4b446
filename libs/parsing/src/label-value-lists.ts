import { BARE_SERIAL } from './bare-serial';
import { dropNameNote, readOrgAt } from './org-names';
import { LOT_NAME } from './lot-numbers';
import { withoutRateField } from './rate-field';
import { AGENCY_NAME, serviceBodyIn } from './winner-names';
import { membersAfterNotedLeader, ROLE_LABEL, ROLE_LINE, ROLE_LINE_CHARS, ROLE_LINES } from './consortium';

// How a winner label's value is laid out when it is more than one name on the label's line: a list
// numbered one a line, names parted by semicolons, a second line wrapped below, a consortium's members
// on role lines under its leader, or a value on the line under a label that ends its own.

// Names in one value are parted by these.
export const LIST_MARK = /[、；;]/u;
// "第1包 课桌椅：某公司，中标价…", "标段二(监理)：某公司": one lot a line, its winner right after the
// lot's name and a colon, with no winner label at all. Lots may be lettered (A包, 包B) or numbered in
// Roman numerals (Ⅱ标段); a headerless table puts the winner after a tab, spaces or a "|" instead ("A包\t某公司\t
// 128,600.00"), and then the name must be all that stands there. Lots told in one sentence are parted
// by semicolons instead of lines ("第1标段：甲公司，中标价…；第2标段：流标；第3标段：丙公司…"), the first
// perhaps after a total's breakdown word ("中标总金额：…，其中：第1包 甲公司 …；第2包 乙公司 …").
export const LOT_WINNER_LINE = new RegExp(
  `(?:^|(?<=[；;]|其中[:：]))[ \\t|]*(?:${LOT_NAME})(?:[^\\n:：]{0,20}[:：]|[ \\t]*\\|[ \\t]*(?=\\p{Script=Han})|[ \\t]+(?=\\p{Script=Han}))`,
  'gmu',
);
// A label with nothing after it on its line (but a note such as "(排名不分先后)"), and the number
// that opens each line of its list.
export const LABEL_ENDS_LINE = /[ \t]*(?:\([^()\n]{0,12}\))?[ \t]*[:：]?[ \t]*\n/uy;
const LIST_NUMBER = /^\s*(?:\(\d{1,2}\)|\d{1,2}[.、)]|[①-⑳])\s*/u;
const MAX_LISTED = 20;

// Under a winner's label followed by ":" a public body that sells services (serviceBodyIn) is the winner.
export const FIELD_VALUE_AFTER = /^[ \t]*(?:\([^()\n]{0,8}\))?[ \t]*[:：]/u;

// "中标供应商名称\n某市职业技术学校": a two-column table flattened one cell a line puts the value on the
// line below a label that ends its own.
const LABEL_THEN_LINE = /^[ \t]*(?:\([^()\n]{0,8}\))?[ \t]*\n/u;

export function serviceBodyAt(text: string, labelEnd: number): string | null {
  const after = text.slice(labelEnd, labelEnd + 12);
  if (!FIELD_VALUE_AFTER.test(after) && !LABEL_THEN_LINE.test(after)) return null;
  return serviceBodyIn(text.slice(labelEnd));
}

// Where the label's value `first` ends, when it stands right after the label; else -1.
function endOfValue(text: string, labelEnd: number, first: string): number {
  const at = text.indexOf(first, labelEnd);
  return at < 0 || at - labelEnd > 20 ? -1 : at + first.length;
}

// "成交供应商(共7家)：A(优惠率18%)；B(15%)；C(12%)": a semicolon ends a value, so the names after
// the first are read one by one while each item is a name (and its bracket note) and nothing else;
// "；中标金额：…" or a sentence after a name ends the list. A list numbered on one line ("中标单位：
// 1、A 2、B") goes on at each number, when its first name is numbered too.
// "中标人 A(份额70%，中标金额…)、B(份额30%，…)": a note holding a comma ends the value before the 、, so
// a 、 right after a bracketed note (not a rank: "A(第一名)、B(第二名)" are candidates) goes on too.
const SEMICOLON_ITEM =
  /[ \t]*(?:(?:\([^()\n]{0,24}\))?[ \t]*[;；]|\((?![^()\n]*(?:第[一二三四五1-5]|排名|排序|名次|候选))[^()\n]{0,24}\)[ \t]*、)[ \t]*(?:\d{1,2}[、.)][ \t]*)?/uy;
const NUMBERED_ITEM = /[ \t]*(?:\([^()\n]{0,24}\))?[ \t]*[;；，,]?[ \t]*\d{1,2}[、.)][ \t]*/uy;
const FIRST_NUMBERED = /^[ \t]*[:：]?[ \t]*1[、.)]/u;
const ITEM_END = /^[ \t]*(?:\([^()\n]{0,24}\))?[ \t]*(?:[;；。\n]|$|[，,]?[ \t]*\d{1,2}[、.)])/u;

export function namesAfterSemicolons(text: string, labelEnd: number, first: string): string[] {
  const out: string[] = [];
  let at = endOfValue(text, labelEnd, first);
  if (at < 0) return out;
  // Candidates numbered on one line are ranked: only the first of them wins.
  const numbered =
    FIRST_NUMBERED.test(text.slice(labelEnd, labelEnd + 8)) && !/候选/u.test(text.slice(Math.max(0, labelEnd - 6), labelEnd));
  const item = numbered ? NUMBERED_ITEM : SEMICOLON_ITEM;
  while (out.length < MAX_LISTED) {
    item.lastIndex = at;
    if (!item.test(text)) break;
    const start = item.lastIndex;
    const name = readOrgAt(text, start, 'supplier');
    if (!name || !text.startsWith(name, start) || !ITEM_END.test(text.slice(start + name.length, start + name.length + 30))) break;
    if (!out.includes(name) && name !== first) out.push(name);
    at = start + name.length;
  }
  return out;
}

// "中标人：甲公司(联合体牵头人)\n乙公司(联合体成员)", or a table cell wrapped onto a second line: the
// value goes on below while the label's own line ends with the first name (and a note) and each
// line below is one name (and a note) and nothing else.
const NOTE_TO_LINE_END = /^[ \t]*(?:\([^()\n]{0,12}\))?[ \t]*$/u;
const MAX_LINES_BELOW = 4;

export function namesOnLinesBelow(text: string, labelEnd: number, first: string): string[] {
  const valueEnd = endOfValue(text, labelEnd, first);
  if (valueEnd < 0) return [];
  let lineEnd = text.indexOf('\n', valueEnd);
  if (lineEnd < 0 || !NOTE_TO_LINE_END.test(text.slice(valueEnd, lineEnd))) return [];
  const out: string[] = [];
  while (out.length < MAX_LINES_BELOW && lineEnd >= 0) {
    const next = text.indexOf('\n', lineEnd + 1);
    const line = text.slice(lineEnd + 1, next < 0 ? text.length : next).trim();
    const name = readOrgAt(line, 0, 'supplier');
    // A "label：value" line is a field of its own (未成交单位：…), not a second name.
    if (!name || !line.startsWith(name) || !NOTE_TO_LINE_END.test(line.slice(name.length)) || AGENCY_NAME.test(name) || /[:：]/u.test(name))
      break;
    if (!out.includes(name) && name !== first) out.push(name);
    lineEnd = next;
  }
  return out;
}

// "中标人：甲公司(联合体)\n联合体成员：乙公司": the label's line ends with the first name noted as a
// consortium (or its leader), and the members follow on role lines of their own right below.
const GROUP_NOTE_TO_LINE_END = /^[ \t]*\((?:联合体(?:牵头(?:人|方|单位))?|牵头(?:人|方|单位))\)[ \t]*$/u;

export function membersBelowNotedLeader(text: string, labelEnd: number, first: string): string[] {
  const valueEnd = endOfValue(text, labelEnd, first);
  if (valueEnd < 0) return [];
  // "中标人：甲公司(联合体牵头人)，成员：乙公司": the members may follow on the leader's own line.
  const onLine = membersAfterNotedLeader(text.slice(valueEnd, valueEnd + ROLE_LINE_CHARS).split('\n')[0]).filter((n) => n !== first);
  if (onLine.length) return onLine;
  const lineEnd = text.indexOf('\n', valueEnd);
  if (lineEnd < 0 || !GROUP_NOTE_TO_LINE_END.test(text.slice(valueEnd, lineEnd))) return [];
  const out: string[] = [];
  for (const line of text
    .slice(lineEnd + 1, lineEnd + 1 + ROLE_LINE_CHARS * ROLE_LINES)
    .split('\n')
    .slice(0, ROLE_LINES)) {
    if (!ROLE_LINE.test(line)) break;
    for (const m of line.matchAll(ROLE_LABEL))
      for (const part of line.slice(m.index + m[0].length).split(/[、，,;；]/u)) {
        const name = readOrgAt(part, 0, 'supplier');
        if (name && name !== first && !out.includes(name)) out.push(name);
      }
  }
  return out;
}

// Names on the lines right under a label, one a line, numbered or not, until a line is not one.
const LOT_OPENS_LINE = new RegExp(LOT_WINNER_LINE.source, 'u');

export function numberedNames(text: string, labelEnd: number): string[] {
  LABEL_ENDS_LINE.lastIndex = labelEnd;
  if (!LABEL_ENDS_LINE.test(text)) return [];
  const out: string[] = [];
  let at = LABEL_ENDS_LINE.lastIndex;
  while (out.length < MAX_LISTED && at < text.length) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next < 0 ? text.length : next);
    // "第一包(米面粮油)：某公司，下浮率5%": a lot's name opens its line as a number would.
    // "1 某公司 折扣率82%": a table's row without its bars keeps a bare serial (bare-serial).
    const number = LIST_NUMBER.exec(line) ?? BARE_SERIAL.exec(line) ?? LOT_OPENS_LINE.exec(line);
    const name = readOrgAt(line, number?.[0].length ?? 0, 'supplier');
    // Without numbers, a line of the list is a name and nothing else (but the rate it offered); a
    // "label：value" line is a field of its own (the winner's own label under a result heading).
    if (!name || (!number && name !== withoutRateField(line).trim()) || /[:：]/u.test(name)) break;
    // "第一包(燃油车辆)入围供应商：A、B、C": a lot's line may list several names, each whole.
    for (const listed of splitList(name)) if (!out.includes(listed)) out.push(listed);
    if (next < 0) break;
    at = next + 1;
  }
  return out;
}

// A value holding several names parted by 、 or ；, each read whole; else the value itself.
function splitList(value: string): string[] {
  if (!LIST_MARK.test(value)) return [value];
  const parts = value.split(LIST_MARK).map((p) => p.trim());
  const names = parts.map((p) => readOrgAt(p, 0, 'supplier'));
  return names.every((n, i) => n !== null && n === dropNameNote(parts[i]) && !AGENCY_NAME.test(n)) ? (names as string[]) : [value];
}
