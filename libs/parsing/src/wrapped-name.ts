import { type OrgKind, readOrgAt } from './org-names';
import { splitCells } from './table-cells';

// A cell too narrow for a long name wraps it onto the next line or two: "供应商名称：某省某某园林绿化\n
// 工程有限公司", "成交供应商：\n福建闽东海洋环\n境工程技术有限\n公司". When the label's own line holds only part
// of a name (name characters, no suffix) and the lines below hold no label of their own, those
// lines together are the name if they read as one. A label ending its line may have the wrapped
// name start on the line below. A buyer's or an agency's name wraps the same way (`kind` 'any').
// A PDF's stray space may stand between two characters of the label's part ("某某信息 技术有\n限公司"):
// no Chinese name has one there, so it is closed up.
// Under a party's heading (采购代理机构信息) the name stands on the 名称 line below it ("名称：某某项目管理有限公\n司").
const FIRST_PART =
  /^(?:为|[ \t:：]*)(?:\n[ \t]*(?:名称|全称)[ \t]*[:：][ \t]*)?\n?[ \t]*((?:[\p{Script=Han}A-Za-z0-9()·]|(?<=\p{Script=Han}) (?=\p{Script=Han})){2,30})[ \t]*(?=\n)/u;
const NEXT_PART = /^\n[ \t]*([\p{Script=Han}A-Za-z0-9()·]{1,20})[ \t]*(?=\n|$)/u;
// A line-broken page (the text wrapped at a fixed width, fields run on one line with gaps between)
// may break a name in the middle of its line: "招标人：某市政\n府投资项目代建管理局  招标代理机构：…" (the gap
// read as one space once the text is normalised), or in the middle of a sentence of the 招标条件: "招标代
// 理机构为某某工\n程咨询有限公司。" (the label's 为 before the first part). The last part may then be
// followed by that gap and the next field's label (a few characters and a colon), or by the clause's
// end, but only where the parts joined read as one whole name.
const LAST_PART_BEFORE_FIELD =
  /^\n[ \t]*([\p{Script=Han}A-Za-z0-9()·]{1,20})(?:[ \t\u3000]+(?=[\p{Script=Han}]{2,10}[:：])|(?=[，。,;；]))/u;
const HAN = /\p{Script=Han}/u;
const MAX_PARTS = 3;
const REACH = 96;

/** The name wrapped over the label's line and the next one or two, or null. */
export function wrappedNameAt(text: string, from: number, kind: OrgKind = 'supplier'): string | null {
  const window = text.slice(from, from + REACH);
  const first = FIRST_PART.exec(window);
  const start = first?.[1].replace(/ /gu, '');
  if (!first || !start || readOrgAt(start, 0, kind) !== null) return null;
  return joinedName(start, window.slice(first[0].length), kind);
}

// Fragments on the lines of `rest`, joined to `start` one at a time until they read as one name.
function joinedName(start: string, rest: string, kind: OrgKind): string | null {
  let joined = start;
  for (let parts = 1; parts < MAX_PARTS; parts++) {
    const next = NEXT_PART.exec(rest);
    // A line of digits alone is a row number or a figure, never part of a name.
    if (!next || !HAN.test(next[1])) return lastPartBeforeField(joined, rest, kind);
    joined += next[1];
    if (readOrgAt(joined, 0, kind) === joined) return joined;
    rest = rest.slice(next[0].length);
  }
  return null;
}

// The name closed by a part that runs on into the next field of its line, or null.
function lastPartBeforeField(joined: string, rest: string, kind: OrgKind): string | null {
  const last = LAST_PART_BEFORE_FIELD.exec(rest);
  if (!last || !HAN.test(last[1])) return null;
  const name = joined + last[1];
  return readOrgAt(name, 0, kind) === name ? name : null;
}

// A table row (opened by its number) whose name cell wrapped: "1 江西昌南市政建设 2,486,930.00 180日历天\n工程有限公司" (a PDF's
// narrow column), or "1 内蒙古草原\n绿洲生态环\n境有限公司 586,400.00" (line breaks inside an HTML
// cell, the row's later cells after the last part). Each line under the row opens with a part of
// the name; only the last part may have the row's later cells after it.
const PART_LINE = /^[ \t|]*([\p{Script=Han}A-Za-z0-9()·]{1,20})(?:[ \t|]*$|[ \t|]+(\S.*)$)/u;
const FRAGMENT_CELL = /^[\p{Script=Han}()·]{2,30}$/u;
const ROW_NUMBER = /^\d{1,2}$/u;

/**
 * The text with table cells wrapped over the lines below their row joined back into the row, where
 * the cell alone is no name and the cell and the lines below it read as one.
 */
export function joinWrappedCells(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    if (!PART_LINE.test(lines[i + 1])) continue;
    // A data row opens with its number: a header line may end with a column name over a row that
    // opens with a whole name. A table without row numbers has its first row right under the
    // header ("中标供应商名称 中标金额(元)" over "甲城乡规划 864,000.00" over "设计研究院").
    const cells = splitCells(lines[i]);
    if (cells.length < 2 || !(ROW_NUMBER.test(cells[0]) || isPartyHeader(lines[i - 1]))) continue;
    for (const cell of cells) {
      if (!FRAGMENT_CELL.test(cell) || readOrgAt(cell, 0, 'supplier') !== null) continue;
      // The row's later cells may follow the last part only where the cell ends its line and the
      // row names nobody else (a contact's name after a whole company name is no wrapped name).
      const endsRow = cell === cells[cells.length - 1] && cells.every((c) => c === cell || readOrgAt(c, 0, 'supplier') === null);
      const joined = joinedParts(cell, lines.slice(i + 1, i + MAX_PARTS), endsRow);
      if (!joined) continue;
      lines[i] = lines[i].replace(cell, joined.name) + (joined.rest ? ` ${joined.rest}` : '');
      lines.splice(i + 1, joined.used);
      break;
    }
  }
  return lines.join('\n');
}

const PARTY_HEADER = /供应商|投标人|中标人|成交人|中选人|候选人|单位名称|公司名称/u;
const FIGURE = /\d/u;

// A header line of a parties table: two or more cells, a party column, no figures but unit notes.
function isPartyHeader(line: string | undefined): boolean {
  if (line === undefined || !PARTY_HEADER.test(line) || FIGURE.test(line.replace(/\([^()]*\)/gu, ''))) return false;
  return splitCells(line).length >= 2 && /[ \t|]/u.test(line.trim());
}

// The parts on `below` joined to `cell` until they read as one name: the name, how many lines it
// took, and the row's cells after its last part (only for a cell that ends its row's line).
function joinedParts(cell: string, below: string[], endsRow: boolean): { name: string; used: number; rest: string } | null {
  let name = cell;
  for (let used = 1; used <= below.length; used++) {
    const part = PART_LINE.exec(below[used - 1]);
    if (!part || !HAN.test(part[1]) || (part[2] && !endsRow)) return null;
    name += part[1];
    if (readOrgAt(name, 0, 'supplier') === name) return { name, used, rest: part[2] ?? '' };
    // The row's later cells come after the name's last part.
    if (part[2]) return null;
  }
  return null;
}
