// A table pasted as text keeps its cells apart by tabs, which the display text writes as spaces:
// "包号 中标人 中标金额(元)" over "包1 廉江市某电力安装有限公司 1,902,400.00". Read for places, such a
// header runs together (spaces between Han characters are dropped), so its 中标人 column label no
// longer marks the winner's cells, and a winner named after its county is read as the site. A
// header (three or more cells, each a short word, no figures outside brackets) with a row under it
// of as many cells is set back to bar-separated cells, and so is every row of that width after it.
const CELL_GAP = /[ \u3000]+/u;
const HEADER_CELL = /^[\p{Script=Han}()（）/、]{2,16}$/u;
const MIN_CELLS = 3;

function cellsOf(line: string): string[] {
  return line.trim().split(CELL_GAP).filter(Boolean);
}

/** The text with each space-parted table (a word header and rows as wide) written with `|` between cells. */
export function barSpacedTables(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = cellsOf(lines[i]);
    if (header.length < MIN_CELLS || !header.every((c) => HEADER_CELL.test(c))) continue;
    if (cellsOf(lines[i + 1]).length !== header.length) continue;
    lines[i] = header.join('|');
    let j = i + 1;
    for (; j < lines.length && cellsOf(lines[j]).length === header.length; j++) lines[j] = cellsOf(lines[j]).join('|');
    i = j - 1;
  }
  return lines.join('\n');
}
