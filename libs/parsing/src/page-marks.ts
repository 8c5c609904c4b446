// Text taken from a PDF keeps each page's running header and footer where the page broke, which
// may be inside a table or between the two lines of a wrapped name: "— 第 1 页 共 2 页 —",
// "某市公共资源交易中心 第 2 页", "- 3 -", "共5页 第2页". A line that ends with (or is) such a page mark
// carries nothing of the notice and is dropped, so the lines around it meet again.
const PAGE_MARK_LINE =
  /^[^\n:：\d]{0,30}?[ \t]*[—\-－]?[ \t]*(?:第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?|共[ \t]*\d{1,3}[ \t]*页[ \t]*[,，]?[ \t]*第[ \t]*\d{1,3}[ \t]*页)[ \t]*[—\-－]?[ \t]*$|^[ \t]*[—\-－][ \t]*\d{1,3}[ \t]*[—\-－][ \t]*$/u;

/** The text without lines that are a PDF page's header or footer. */
export function dropPageMarks(text: string): string {
  if (!/页|[—\-－][ \t]*\d/u.test(text)) return text;
  return text
    .split('\n')
    .filter((line) => !PAGE_MARK_LINE.test(line))
    .join('\n');
}
