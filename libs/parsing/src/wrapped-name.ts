import { readOrgAt } from './org-names';
import { splitCells } from './table-cells';

// A cell too narrow for a long name wraps it onto the next line or two: "供应商名称：某省某某园林绿化\n
// 工程有限公司", "成交供应商：\n福建闽东海洋环\n境工程技术有限\n公司". When the label's own line holds only part
// of a name (name characters, no suffix) and the lines below hold no label of their own, those
// lines together are the name if they read as one. A label ending its line may have the wrapped
// name start on the line below.
const FIRST_PART = /^[ \t:：]*\n?[ \t]*([\p{Script=Han}A-Za-z0-9()·]{2,30})[ \t]*(?=\n)/u;
const NEXT_PART = /^\n[ \t]*([\p{Script=Han}A-Za-z0-9()·]{1,20})[ \t]*(?=\n|$)/u;
const HAN = /\p{Script=Han}/u;
const MAX_PARTS = 3;
const REACH = 96;

/** The name wrapped over the label's line and the next one or two, or null. */
export function wrappedNameAt(text: string, from: number): string | null {
  const window = text.slice(from, from + REACH);
  const first = FIRST_PART.exec(window);
  if (!first || readOrgAt(first[1], 0, 'supplier') !== null) return null;
  return joinedName(first[1], window.slice(first[0].length));
}

// Fragments on the lines of `rest`, joined to `start` one at a time until they read as one name.
function joinedName(start: string, rest: string): string | null {
  let joined = start;
  for (let parts = 1; parts < MAX_PARTS; parts++) {
    const next = NEXT_PART.exec(rest);
    // A line of digits alone is a row number or a figure, never part of a name.
    if (!next || !HAN.test(next[1])) return null;
    joined += next[1];
    if (readOrgAt(joined, 0, 'supplier') === joined) return joined;
    rest = rest.slice(next[0].length);
  }
  return null;
}

// A table row whose name cell wrapped: "1 江西昌南市政建设 2,486,930.00 180日历天\n工程有限公司". The
// lines under the row hold the rest of the name and nothing else.
const CONTINUATION_LINE = /^[ \t]*[\p{Script=Han}A-Za-z0-9()·]{1,20}[ \t]*$/u;
const FRAGMENT_CELL = /^[\p{Script=Han}()·]{2,30}$/u;

/**
 * The text with table cells wrapped over the lines below their row joined back into the row, where
 * the cell alone is no name and the cell and the lines below it read as one.
 */
export function joinWrappedCells(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    if (!CONTINUATION_LINE.test(lines[i + 1])) continue;
    const cells = splitCells(lines[i]);
    if (cells.length < 2) continue;
    for (const cell of cells) {
      if (!FRAGMENT_CELL.test(cell) || readOrgAt(cell, 0, 'supplier') !== null) continue;
      const name = joinedName(cell, `\n${lines.slice(i + 1, i + MAX_PARTS).join('\n')}`);
      if (!name) continue;
      const used = countParts(cell, name, lines, i + 1);
      lines[i] = lines[i].replace(cell, name);
      lines.splice(i + 1, used);
      break;
    }
  }
  return lines.join('\n');
}

// How many lines below the row the joined name took.
function countParts(cell: string, name: string, lines: string[], from: number): number {
  let joined = cell;
  let used = 0;
  while (joined.length < name.length) joined += lines[from + used++].trim();
  return used;
}
