// A label may say how many names follow before giving them: "推荐中标候选人三名：第一名…", "中标候选人
// 共3家，依次为：…", "入围供应商5家：A、B…". The count is no part of the first name; skipped, the names
// (or the ranks heading them) are read as right after the label. Only a count closed by a colon, a
// comma, 如下, 依次/分别 or the line's end counts: "三名投标人" is no count of this label's names.
const COUNT_AFTER_LABEL = /^[ \t]*共?[ \t]*(?:[1-9]|[一二三四五六七八九十])[ \t]*(?:名|家|个|位)(?=[ \t]*(?:[:：，,]|如下|依次|分别|\n))/u;

/** Length of the count of names right after a label ending at `end`, else 0. */
export function countAfterLabel(text: string, end: number): number {
  return COUNT_AFTER_LABEL.exec(text.slice(end, end + 12))?.[0].length ?? 0;
}
