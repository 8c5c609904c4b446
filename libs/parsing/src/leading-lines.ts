/**
 * The first `count` lines of a text, as `text.split('\n').slice(0, count)` gives them, without
 * splitting the rest: bodies run to thousands of lines and only their head is looked at.
 */
export function leadingLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count) {
    const end = text.indexOf('\n', start);
    if (end < 0) {
      lines.push(text.slice(start));
      break;
    }
    lines.push(text.slice(start, end));
    start = end + 1;
  }
  return lines;
}
