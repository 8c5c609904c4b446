import { readOrgAt, supplierNamesIn } from './org-names';

// A 中标通知书 reposted as it was sent is a letter to the winner: the addressee opens it ("某公司：",
// "致：某公司") and the letter tells it in the second person that it won ("你单位…被确定为中标人",
// "贵公司为本项目中标人"). The buyer signs at the foot, so the first company named in the text is
// not always the winner; the addressee is.
// "你公司被确定为某工程的中标人" names the works between 为 and 的; "贵公司中标" says it with the verb.
const TOLD_IT_WON =
  /(?:你|贵)(?:单位|公司|司)(?![^。\n]{0,60}?未(?:中标|成交|被))(?:[^。\n]{0,120}?(?:确定|确认|选定|推荐)?为[^。\n，,；;为]{0,30}?(?:的)?(?:中标|成交|中选)(?:人|单位|供应商)|(?:已|被)?(?:中标|成交|中选)(?![候人单价金额供通]))/u;
// "致：某公司", "致某公司:", "某公司：" alone on its line.
const ADDRESS_LINE = /^[ \t]*(?:致|至)?[ \t]*[:：]?[ \t]*([^\n:：]{4,60}?)[ \t]*[:：]?[ \t]*$/u;
const LINES_ABOVE = 4;

/** The winner a letter of award is addressed to; null when the text is no such letter. */
export function addressedWinner(text: string): string | null {
  const told = TOLD_IT_WON.exec(text);
  // "贵公司委托的某项目，经评审确定某建设有限公司为中标人": a letter to the buyer names the winner itself.
  if (!told || supplierNamesIn(told[0]).length) return null;
  const lines = text.slice(0, told.index).split('\n');
  // The addressee stands on one of the few lines above the letter's first sentence (a heading
  // such as 中标通知书 may come first).
  for (const line of lines.slice(-LINES_ABOVE - 1)) {
    const m = ADDRESS_LINE.exec(line);
    if (!m || !/[:：]|^\s*(?:致|至)/u.test(line)) continue;
    const name = readOrgAt(m[1], 0, 'supplier');
    if (name && name === m[1].trim()) return name;
  }
  return null;
}
