// A press report tells what has happened and what is still to come in the same breath: "施工单位计划4月
// 上旬进场，2032年底建成通车", "力争2032年底交付使用", "项目建成后可新增就业800个". The report's event is
// the one that took place; a target date or a promise names a stage the project has not reached. So
// before a report's first event word is looked for, the words it only plans are blanked out.
//
// An event is planned when its clause says so before it (计划, 预计, 力争, 确保, 有望, 拟, 将 …, but not
// 计划投资, an amount), when it follows a target date (2032年底, 年内, 6月底前) in a clause that does not
// say it already happened (已, 去年), or when it is a condition ("建成后", "投产后"). Words blanked before
// count as part of the plan, so each of "建成通车" after a target date is blanked.

const CLAUSE_START = /[，,。；;！!？?\n]/u;
const PLAN_WORD = /(?:计划(?!总?投资)|预计|力争|争取|确保|有望|预期|拟|力求|将|目标)/u;
const TARGET_DATE = /(?:年底|年内|年末|月底|季度末|底前|年前|之前|以前)前?(?:全面|全线|基本|正式|主体|如期|全部)?$/u;
const ALREADY = /已|去年|上年|此前/u;

/** `text` with each match of `words` that is only planned replaced by as many "＿". */
export function blankPlannedEvents(text: string, words: readonly RegExp[]): string {
  let out = text;
  for (const word of words) {
    const re = new RegExp(word.source, word.flags.includes('g') ? word.flags : `${word.flags}g`);
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0] && isPlanned(out, start, end)) out = out.slice(0, start) + '＿'.repeat(m[0].length) + out.slice(end);
    }
  }
  return out;
}

function isPlanned(text: string, start: number, end: number): boolean {
  if (text[end] === '后') return true;
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_START.test(text[clauseStart - 1])) clauseStart--;
  // Words already blanked belong to the same plan ("2032年底建成通车": 通车 follows the target date too).
  const clause = text.slice(clauseStart, start).replace(/＿+/gu, '');
  if (PLAN_WORD.test(clause)) return true;
  return TARGET_DATE.test(clause.trimEnd()) && !ALREADY.test(clause);
}
