// "本项目首次公告于2034年5月30日发布（项目编号：X，预算金额：Y），因…招标失败，现第二次公开招标": a notice
// re-tendering a failed round quotes that round's fields in a bracket after the words naming it (首次公告,
// 第一次招标, 前次采购, 上一次开标). The labels in the bracket are the old round's, not the notice's own.
const FIRST_ROUND = /(?:首次|第一次|前次|上一?次|上轮)[^。；;\n()（）]{0,24}?(?:招标|采购|公告|发布|挂网|开标|公示)/u;
const OPENERS = new Set(['(', '（']);
const CLOSERS = new Set([')', '）']);
const CLAUSE_END = /[。；;\n]/u;

/** Whether the label at `at` sits in a bracket that follows a clause naming an earlier round of the tender. */
export function inFirstRoundAside(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i <= 120; i--) {
    const c = text[i];
    if (CLAUSE_END.test(c)) return false;
    if (CLOSERS.has(c)) depth++;
    else if (OPENERS.has(c)) {
      if (depth > 0) depth--;
      else return FIRST_ROUND.test(clauseBefore(text, i));
    }
  }
  return false;
}

function clauseBefore(text: string, bracketAt: number): string {
  let start = bracketAt;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]) && bracketAt - start < 80) start--;
  return text.slice(start, bracketAt);
}

/** The matches outside such brackets first, those inside after them (read only when nothing else is). */
export function ownRoundFirst<T extends { index: number }>(text: string, matches: readonly T[]): T[] {
  const aside = (m: T) => inFirstRoundAside(text, m.index);
  return [...matches.filter((m) => !aside(m)), ...matches.filter(aside)];
}
