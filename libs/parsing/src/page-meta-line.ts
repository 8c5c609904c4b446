// A school's, a hospital's or a county department's own site heads each article with one line of
// page facts: "作者：总务处 时间：2032-02-16 点击：35", "发布者：采购办 日期：2032年2月16日 浏览次数：128".
// There a bare 时间 or 日期 field is when the page was posted. The line is told by its other fields
// (author, clicks, views, editor), so that a 时间 field elsewhere (开标时间 … 时间：A) stays a time of the procedure.
// Some portals drop the label and open the line with the bare date: "2035-06-25 浏览次数：67 分享到：微信".
// A date that starts its line and is followed on it by another page fact (views, author, editor) is that date.

const BARE_FIELD_BEFORE = /(?:^|[ \t|｜【[])(?:时间|日期)[ \t]*[:：][ \t]*$/u;
const META_FIELD =
  /(?:作者|发布者|发布人|发布单位|供稿|编辑|责任编辑|点击(?:数|量|次数)?|浏览(?:数|量|次数)?|阅读(?:数|量|次数)?|访问(?:数|量|次数)?|字号)[ \t]*[:：]/u;

/** Whether the date starting at `start` is the bare 时间/日期 field of a page's meta line. */
export function isPageMetaDate(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEndAt < 0 ? undefined : lineEndAt);
  const before = text.slice(lineStart, start);
  if (before.trim() === '') return META_FIELD.test(line.slice(start - lineStart));
  return BARE_FIELD_BEFORE.test(before) && META_FIELD.test(line.replace(/(?:时间|日期)[ \t]*[:：]/gu, ''));
}
