import { LEADER_NOTE, ROLE_WORDS, WORK_SHARE_NOTE } from './consortium-roles';
import { readOrgAt } from './org-names';

// A consortium (联合体) bids as one: its leader (牵头人, 主办方) and members are named together, in one
// cell, on one line or under role labels. The words that mark them, and the readers of its members.

// "A(牵头人)与B(成员)组成的联合体", "A和B联合体", "A+B", "A/B(联合体)": a consortium's members joined
// by 与/和/及, a plus sign or a slash right after a company's suffix (and its role note); the word
// 联合体 after the last one names the group.
export const CONSORTIUM_JOIN = new RegExp(
  String.raw`(?<=(?:公司|集团|研究院|设计院|事务所|研究所)(?:\(${ROLE_WORDS}\))?)\s*(?:与|和|及|[+＋/])\s*(?=\p{Script=Han})`,
  'u',
);
export const CONSORTIUM_NOTE = new RegExp(String.raw`联合体|牵头人|${LEADER_NOTE}|${WORK_SHARE_NOTE}`, 'u');
// "A和B组成的联合体(牵头人:A)": a note naming the leader again after the group word is part of it.
export const GROUP_WORD =
  /\s*(?:共同)?(?:组成的)?联合体(?:\((?:联合体)?(?:牵头(?:人|方|单位)|主办方|主体单位)\s*(?:为|:)?[^()\n]{0,60}\))?$/u;
// "某公司(联合体牵头人)": a role note after the name is not part of it.
export const ROLE_NOTE = new RegExp(String.raw`\(${ROLE_WORDS}\)$`, 'u');
// "中标人：联合体(牵头人：A；成员：B、C)": the members under their role labels, on the label's line
// or on lines of their own right below it.
export const ROLE_LABEL = /(?:牵头(?:人|方|单位)|成员(?:单位|方)?\s*[一二三四五1-5]?)(?:名称)?\s*(?:\([^()\n]{0,8}\))?\s*[:：]/gu;
const LEADER_LABEL = /牵头(?:人|方|单位)(?:名称)?\s*(?:\([^()\n]{0,8}\))?\s*[:：]/u;
export const ROLE_LINE = /^\s*(?:联合体)?(?:牵头(?:人|方|单位)|成员)/u;
export const CONSORTIUM_LEADER = /联合体牵头(?:人|方|单位)\s*(?:\([^()\n]{0,8}\))?\s*[:：]/u;
export const ROLE_LINES = 4;
export const ROLE_LINE_CHARS = 200;

// "甲公司(牵头人)/乙公司(成员)", "甲公司(联合体牵头人)、乙公司(联合体成员)" in one table cell: a
// consortium's members, each named after the role note that ends the one before. The leader may be
// noted as the consortium's 主办方 or 主体(单位) instead (a member then as 协办方), or as 牵头 alone; a
// plus sign joins them as a slash does.
const AFTER_ROLE_NOTE = new RegExp(String.raw`(?<=\(${ROLE_WORDS}\))\s*(?:[、/;；，,+＋]\s*)?(?:与|和|及)?\s*(?=\p{Script=Han})`, 'u');
// "由A(主体方)与B(成员方)组成的联合体": the 由 that introduces the members is no part of the first name,
// and the words naming the group after the last member's note are no member.
const INTRODUCED_BY = /^由\s*(?=.*组成的联合体$)/u;

/**
 * A line listing a consortium's members ("由A(牵头人，地址)、B、C组成的联合体", "A、B联合体") without
 * the 由 that opens it and the words naming the group after the last member, so each item is a name.
 */
export function withoutGroupWords(line: string): string {
  return line.replace(INTRODUCED_BY, '').replace(GROUP_WORD, '');
}

export function membersOfCell(name: string): string[] {
  if (!AFTER_ROLE_NOTE.test(name)) return [name];
  const parts = withoutGroupWords(name)
    .split(AFTER_ROLE_NOTE)
    .map((p) => p.trim().replace(GROUP_WORD, '').trim());
  const members = parts.map((p) => readOrgAt(p, 0, 'supplier'));
  return members.every((m, i) => m !== null && wholePartIs(m, parts[i])) ? (members as string[]) : [name];
}

// The member read is the whole part but for its role note.
function wholePartIs(member: string, part: string): boolean {
  return part === member || part.replace(ROLE_NOTE, '') === member;
}

// Names written on one line that calls them a consortium (牵头人, 联合体) are one bidder together.
export function oneConsortium(text: string, names: string[]): boolean {
  if (names.length < 2) return false;
  const at = text.indexOf(names[0]);
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end);
  return CONSORTIUM_NOTE.test(line) && names.every((n) => line.includes(n));
}

// Consortium members under 牵头人/成员 labels after a winner's label; empty unless a leader is named.
export function membersByRole(text: string, labelEnd: number): string[] {
  const lines = text.slice(labelEnd, labelEnd + ROLE_LINE_CHARS * (ROLE_LINES + 1)).split('\n');
  // The label's own line and the unbroken run of role lines right under it.
  const run: string[] = [lines[0].slice(0, ROLE_LINE_CHARS)];
  for (const line of lines.slice(1, ROLE_LINES + 1)) {
    if (!ROLE_LINE.test(line)) break;
    run.push(line.slice(0, ROLE_LINE_CHARS));
  }
  const segment = run.join('\n');
  if (!LEADER_LABEL.test(segment)) return [];
  const out: string[] = [];
  for (const m of segment.matchAll(ROLE_LABEL)) {
    const value = segment.slice(m.index + m[0].length).split(/[;；\n]/u)[0];
    for (const part of value.split(/[、，,]/u)) {
      const name = readOrgAt(part, 0, 'supplier');
      if (name && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

// "甲公司(联合体牵头人)，成员：乙公司、丙公司": after a leader's role note, a member label on the same
// line names the rest of the consortium.
const MEMBERS_AFTER_LEADER_NOTE = /^[ \t]*\((?:联合体)?牵头(?:人|方|单位)\)[ \t]*[,，;；、]?[ \t]*(?:联合体)?(?=成员)/u;

export function membersAfterNotedLeader(rest: string): string[] {
  const lead = MEMBERS_AFTER_LEADER_NOTE.exec(rest);
  if (!lead) return [];
  const out: string[] = [];
  const segment = rest.slice(lead[0].length);
  for (const m of segment.matchAll(ROLE_LABEL)) {
    for (const part of segment
      .slice(m.index + m[0].length)
      .split(/[;；]/u)[0]
      .split(/[、，,]/u)) {
      const name = readOrgAt(part.trim(), 0, 'supplier');
      if (name && !out.includes(name)) out.push(name);
    }
  }
  return out;
}
