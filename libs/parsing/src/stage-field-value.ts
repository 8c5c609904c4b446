import { cellUnderLabel } from './column-label';

// A project database entry (拟建, 在建库) states its stage as a field: "项目阶段：可研已批复",
// "项目进展 | 已完成立项，正在开展初步设计"; an online approval platform's card names the matter
// it handled ("审批事项：企业投资项目核准"). A 项目进展 field may hold only dated lines below it,
// newest first: the first of them, after its date, tells the stage the project has reached.
// A platform's results page may instead lay the card out as a table ("项目代码 | 审批文号 | 审批事项 |
// 审批结果"): the label then heads a column, and the matter is the cell under it, not the next
// header cell (whose 审批结果 would read as any approval). A form laid out in pairs ("项目阶段 | 立项 |
// 项目单位 | 某镇") looks the same from its first line, so both readings are offered, the column's first:
// the caller takes the first that names a stage (under a pair's label stands the next pair's label).
const STAGE_FIELD =
  /((?:项目|审批|前期)(?:阶段|进展|进度)|(?:审批|办理)事项)[ \t]*[:：|][ \t]*(?:\n[ \t]*(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)?[ \t]*)?([^\n]{1,60})/u;

/** The readings of the body's stage field (项目阶段, 审批事项…): the cell under it when it heads a column, then the text after it. */
export function stageFieldValues(bodyText: string): string[] {
  const m = STAGE_FIELD.exec(bodyText);
  if (!m) return [];
  const cell = cellUnderLabel(bodyText, m.index, m.index + m[1].length);
  return cell ? [cell, m[2]] : [m[2]];
}
