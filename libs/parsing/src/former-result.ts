// A change to a result quotes what it replaces before the new result: "原中标人：甲公司", "原中标价",
// "变更前成交金额", or a whole line opened by 更正前/变更前 ("更正前：成交供应商：甲公司，成交金额：…").
// A label there names the replaced winner or price, never the current one.
const FORMER_BEFORE = /(?:原|变更前|更正前|调整前)[ \t:：]{0,2}$/u;
const FORMER_LINE = /^\s*(?:更正前|变更前|调整前|修改前)/u;
const LABEL_PREFIX_CHARS = 4;

/** Whether the label starting at `labelStart` belongs to the result a change replaced. */
export function quotesFormerResult(text: string, labelStart: number): boolean {
  if (FORMER_BEFORE.test(text.slice(Math.max(0, labelStart - LABEL_PREFIX_CHARS), labelStart))) return true;
  return FORMER_LINE.test(text.slice(text.lastIndexOf('\n', labelStart - 1) + 1, labelStart));
}
