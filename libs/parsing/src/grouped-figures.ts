// A table pasted as text loses its tabs and column gaps: its cells end up parted by single spaces,
// and a figure written with spaces between its thousands ("1 876 540.32", the form a PDF or a
// typeset notice uses) falls apart into cells of its own, so a row holds more cells than its header
// and each cell after the figure sits under the wrong column. Under a header of words, a row with
// more cells than the header whose surplus is exactly what such figures account for has them read
// closed up ("1876540.32"); a row whose count already fits keeps its cells ("1 200 500.00" may be a
// row number, a count and a price).
const HEAD_GROUP = /^\d{1,3}$/u;
const INNER_GROUP = /^\d{3}$/u;
const LAST_GROUP = /^\d{3}(?:\.\d{1,2})?元?$/u;
const MIN_HEADER_CELLS = 3;
const MAX_HEADER_CELL = 12;

/** The text with space-grouped figures in rows of a space-parted table closed up. */
export function closeGroupedFigures(text: string): string {
  if (!/\d \d{3}/u.test(text)) return text;
  let columns = 0;
  return text
    .split('\n')
    .map((line) => {
      const cells = line
        .trim()
        .split(/[ \t\u3000]+/u)
        .filter(Boolean);
      if (/[:：。|]/u.test(line)) {
        columns = 0;
        return line;
      }
      if (isHeader(cells)) {
        columns = cells.length;
        return line;
      }
      if (!columns || cells.length <= columns) return line;
      const merged = mergeGroups(cells);
      return merged.length === columns ? merged.join(' ') : line;
    })
    .join('\n');
}

// Header cells are words (a unit in brackets allowed): no figure among them.
function isHeader(cells: string[]): boolean {
  return (
    cells.length >= MIN_HEADER_CELLS &&
    cells.every((c) => c.length <= MAX_HEADER_CELL && !/\d/u.test(c.replace(/[(（][^()（）]*[)）]/gu, '')))
  );
}

function mergeGroups(cells: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    let figure = cells[i];
    let j = i + 1;
    if (HEAD_GROUP.test(figure)) {
      while (j < cells.length && INNER_GROUP.test(cells[j])) figure += cells[j++];
      if (j < cells.length && LAST_GROUP.test(cells[j]) && !INNER_GROUP.test(cells[j])) figure += cells[j++];
    }
    out.push(figure);
    i = j - 1;
  }
  return out;
}
