import { readOrgAt } from './org-names';
import { splitCells } from './table-cells';

// A result table may set a consortium out over two rows: the leader in the bidder's cell of its
// ranked row, then a row of its own whose only filled cell, in the same column, is a member:
// "| 第一中标候选人 | 甲公司(联合体牵头人) | 21,684,300.00 |" over "|  | 乙公司(联合体成员) |  |".
// The role notes say the two bid as one, so the member is joined into the leader's cell
// ("甲公司(联合体牵头人)/乙公司(联合体成员)"), which reads as the consortium's members; the row below
// is no bidder of its own.
const ROLE_NOTE = /\((?:联合体)?(?:牵头人|牵头方|牵头单位|成员(?:单位|方)?)\)$/u;
const MEMBER_NOTE = /\((?:联合体)?成员(?:单位|方)?\)$/u;
const MAX_MEMBERS = 4;

/** The text with consortium members on rows of their own joined into their leader's cell. */
export function joinMemberRows(text: string): string {
  if (!/成员(?:单位|方)?\)/u.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    for (let joined = 0; joined < MAX_MEMBERS && i + 1 < lines.length; joined++) {
      const row = withMemberBelow(lines[i], lines[i + 1]);
      if (row === null) break;
      lines[i] = row;
      lines.splice(i + 1, 1);
    }
  }
  return lines.join('\n');
}

// The row with the member on the line below joined into its cell, or null when that line is no
// member row of it. Display text has turned tabs into spaces and trimmed the line, so the member's
// cell is the one filled cell of its line, and the leader's the one cell of the row with a role note.
function withMemberBelow(row: string, below: string): string | null {
  const filled = splitCells(below).filter((cell) => cell !== '');
  if (filled.length !== 1) return null;
  const member = filled[0];
  const noted = splitCells(row).filter((cell) => ROLE_NOTE.test(cell.slice(cell.lastIndexOf('/') + 1)));
  if (noted.length !== 1) return null;
  const leader = noted[0];
  // The cell above may hold members joined already: its last one carries the note.
  const last = leader.slice(leader.lastIndexOf('/') + 1);
  if (!MEMBER_NOTE.test(member) || !isNamed(member) || !isNamed(last)) return null;
  return row.replace(leader, `${leader}/${member}`);
}

// The cell is a name and its role note, nothing else.
function isNamed(cell: string): boolean {
  const name = cell.replace(ROLE_NOTE, '').trim();
  return readOrgAt(name, 0, 'supplier') === name;
}
