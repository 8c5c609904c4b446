import { rightValuesOfSlips } from './miswritten-value';
import { splitCells } from './table-cells';

// A change to a result quotes what it replaces before the new result: "原中标人：甲公司", "原中标价",
// "变更前成交金额", or a whole line opened by 更正前/变更前 ("更正前：成交供应商：甲公司，成交金额：…") or by
// 原内容 beside a 更正后 line, the way a 更正公告's 更正内容 quotes the old text ("原内容：成交供应商：甲公司").
// A label there names the replaced winner or price, never the current one.
// A notice withdrawing a winner names the one of the result it withdraws: "原公告的中标供应商甲公司".
// A winner replaced after it gave up its place or lost it is told by its former rank too: "原排名第一的中标
// 候选供应商甲公司因…被取消中标资格" (only first: "原第二中标候选人" is the one who now takes the place).
const FORMER_BEFORE = /(?:原(?:公告|公示)?中?的?|原(?:排名|排序|名次)?第[一1][名位]?的?|变更前|更正前|调整前)[ \t:：]{0,2}$/u;
const FORMER_LINE = /^\s*(?:更正前|变更前|调整前|修改前|原(?:公告|公示)?内容(?=[\s:：]))/u;
const LABEL_PREFIX_CHARS = 8;

// "原中标人甲公司（中标价：¥4,683,250.00）因…放弃中标资格": a price noted in brackets after a former
// winner's name is that former result's, as a retender or a single-source notice retells it.
const FORMER_PARTY_NOTE =
  /原(?:公告|公示)?的?(?:中标|成交|中选)(?:候选)?(?:人|单位|供应商)(?:名称)?[:：为]?\s*[^\n,，。；;()（）]{2,40}[(（]\s*$/u;
const PARTY_NOTE_CHARS = 64;

/** Whether the label at `labelStart` stands in the bracketed note after a former winner's name. */
export function inFormerPartyNote(text: string, labelStart: number): boolean {
  return FORMER_PARTY_NOTE.test(text.slice(Math.max(0, labelStart - PARTY_NOTE_CHARS), labelStart));
}

/** Whether the label starting at `labelStart` belongs to the result a change replaced. */
export function quotesFormerResult(text: string, labelStart: number): boolean {
  if (FORMER_BEFORE.test(text.slice(Math.max(0, labelStart - LABEL_PREFIX_CHARS), labelStart))) return true;
  if (inFormerPartyNote(text, labelStart)) return true;
  return FORMER_LINE.test(text.slice(text.lastIndexOf('\n', labelStart - 1) + 1, labelStart));
}

// "更正项 | 更正前 | 更正后" over "中标供应商 | 甲公司 | 乙公司": a table of changes sets each field's old
// and new value side by side. Each of its rows is read as "field:new value", so the readers of
// labelled values see only what the result is now.
// "更正事项 | 原定 | 变更后": the old column may be headed by the plan it replaces.
const BEFORE_CELL = /^(?:(?:更正|变更|修改|调整)前(?:内容)?|原(?:公告)?内容|原定(?:内容|时间)?)$/u;
const AFTER_CELL = /^(?:(?:更正|变更|修改|调整|澄清)(?:\([^)\n]{1,6}\))?后(?:内容)?|现内容)$/u;

// "原中标金额：A" over "更正为：B": the old value under its label, the new one on the next line under
// only the verb. The new line takes the label, and the old one is left to the former-value checks.
const LABEL_THEN_NEW_LINE =
  /^([ \t]*原)([^\n:：]{2,12})([:：][^\n]*\n[ \t]*)(?:现|更正为|变更为|更改为|修改为|调整为|更正后|变更后)[ \t]*[:：]/gmu;

// "中标金额由“1,234,567.00元”更正为“1,243,567.00元”", "中标人从甲公司变更为乙公司": a change told in
// one clause quotes the old value between 由 (从) and the verb; the field keeps only the new one.
const CHANGED_IN_CLAUSE =
  /(?<=(?:金额|价格?|价款|人|单位|供应商|名称))\s*(?:由|从)\s*[“"「]?[^\n“”"「」。；;，]{1,40}?[”"」]?\s*(?:更正|变更|调整|修改|更改|改)为/gu;

/**
 * The text with each row of a before/after table of changes reduced to its field and new value,
 * and each change told in a clause ("由…更正为…") to the field and its new value.
 */
export function currentValuesOfChanges(raw: string): string {
  const text = rightValuesOfSlips(raw).replace(CHANGED_IN_CLAUSE, ':').replace(LABEL_THEN_NEW_LINE, '$1$2$3$2：');
  if (!/前|原定/u.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const header = splitCells(lines[i]);
    const before = header.findIndex((c) => BEFORE_CELL.test(c));
    const after = header.findIndex((c) => AFTER_CELL.test(c));
    if (header.length < 3 || before < 1 || after < 1) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const row = splitCells(lines[j]);
      if (row.length !== header.length) break;
      lines[j] = `${row[0]}:${row[after]}`;
      i = j;
    }
  }
  return lines.join('\n');
}
