// A 更正/变更 notice may name what changes on an item line and give only the dates on the line
// below it: "变更事项：递交投标文件截止时间\n变更内容：原定于A，现变更为B". The content line alone
// does not say which date moved, so the item line above tells.
const CONTENT_LINE = /^[ \t\d、.．()（）]*(?:变更|更正|修改|调整|延期)(?:后)?(?:的)?内容[ \t]*[:：]/u;
const ITEM_LINE = /^[ \t\d、.．()（）]*(?:变更|更正|修改|调整|延期)(?:的)?(?:事项|项目|事由|项)[ \t]*[:：]([^\n]*)$/u;

/** The item named on the line above, when the line holding `at` is the content of that change. */
export function changedItemAbove(text: string, at: number): string | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!CONTENT_LINE.test(text.slice(lineStart, at))) return null;
  if (lineStart === 0) return null;
  const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const m = ITEM_LINE.exec(text.slice(aboveStart, lineStart - 1));
  return m ? m[1] : null;
}
