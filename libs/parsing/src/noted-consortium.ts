import { GROUP_WORD, ROLE_NOTE, membersOfCell } from './consortium';

// "中标候选人：甲公司(牵头人)与乙公司(成员)组成的联合体(第一名，报价…)", "甲公司(牵头人)、乙公司(成员)
// (第一名…)": a rank noted in brackets after a consortium belongs to all its members, not to the group
// word 联合体 read as a name of its own, nor to the last member alone. The stretch from where the value
// opens to the note is returned whole; its members are read from it as from a winner's cell.
const VALUE_OPENS = /[:：、，,；;\n][^:：、，,；;\n]*$/u;
const ROLES_VALUE_OPENS = /[:：，,；;\n][^:：，,；;\n]*$/u;
const REACH = 160;

/** The consortium ending right before a bracket opening at `noteStart`, whole, or null. */
export function consortiumBeforeNote(text: string, noteStart: number): string | null {
  const before = text.slice(Math.max(0, noteStart - REACH), noteStart);
  // "甲公司(牵头人)、乙公司(成员)(第一名…)": members noted by role are parted by 、 within the value.
  const roles = !GROUP_WORD.test(before) && ROLE_NOTE.test(before);
  if (!roles && !GROUP_WORD.test(before)) return null;
  const open = (roles ? ROLES_VALUE_OPENS : VALUE_OPENS).exec(before);
  const stretch = (open ? before.slice(open.index + 1) : before).trim();
  return membersOfCell(stretch).length > 1 ? stretch : null;
}
