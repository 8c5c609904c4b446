// A project database entry (拟建 or 在建, as lead databases and trade media keep them) is a card of fields:
// the project's phase (项目阶段：施工图审查, 项目进展 with dated lines, newest first) beside what it costs
// (总投资, 投资额, 计划总投资). Its progress lines retell the notices the project went through (施工总承包
// 中标结果公示, 招标公告发布, 环评获批): they are its history, not the notice's kind, so the card is a planned
// project's entry whatever they say. Only fields opening a line (or its first cell) count, both of them:
// a column header of a progress table is no field.
const PHASE_FIELD = /(?:^|\n)[ \t]*\|?[ \t]*(?:项目|建设|前期)(?:阶段|进展|进度)[ \t]*[:：|]/u;
const INVESTMENT_FIELD =
  /(?:^|\n)[ \t]*\|?[ \t]*(?:(?:项目|计划|估算|预计)?总投资|投资额|投资总额)(?:[(（][^()（）\n]{0,6}[)）])?[ \t]*[:：|]/u;

/** True when the body is a project database card: a phase field and an investment field. */
export function readsAsProjectCard(bodyText: string): boolean {
  return PHASE_FIELD.test(bodyText) && INVESTMENT_FIELD.test(bodyText);
}
