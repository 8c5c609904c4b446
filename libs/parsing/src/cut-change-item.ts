// A feed or a mirror keeps only the first part of a change notice and cuts it mid-item:
// "更正内容：1.投标截止时间由A更正为B；2.采购需求第三包技术参数第…阅读全文". The cut hides the verb of the
// second change, yet a numbered item under 更正内容 is a change like the first one. When it names no
// time of the procedure it changes something else, so the notice does not only move times.

// The mark an excerpt ends on: an ellipsis, maybe with a link to the rest.
const CUT_MARK = /(?:…+|\.{3,}|。{3,})[ \t]*(?:(?:阅读|查看|展开)(?:全文|原文|详情)|更多)?[ \t]*$/u;
// A list number opening the item: "2.", "2、", "(2)", "二、".
const LIST_NUMBER = /^[ \t]*(?:[\d一二三四五六七八九十]{1,2}[ \t]*[.．、)）]|[(（][\d一二三四五六七八九十]{1,2}[)）])/u;
// "2.其他内容不变…" names no change.
const UNCHANGED = /(?:其他|其余|其它)[^，。；;]{0,12}不变/u;

/** True when `clause` is a numbered item cut off before its end, naming no change of `timeField`. */
export function cutItemChangesOther(clause: string, timeField: RegExp): boolean {
  return LIST_NUMBER.test(clause) && CUT_MARK.test(clause) && !UNCHANGED.test(clause) && !timeField.test(clause);
}
