// Tables pasted from a terminal or a plain-text mail are drawn with box characters (┌─┬─┐, │, ├─┼─┤,
// └─┴─┘) or their ASCII form (+---+---+ borders, "|" between cells). Their rows are read like any
// flattened table's once the border lines are gone and the vertical strokes are "|": the border
// lines hold no value, and between rows they would end a table for a reader that stops at a line
// with fewer cells than the header.
const BOX_CHAR = /[\u2500-\u257f]/u;
const VERTICAL = /[│┃┆┇┊┋╎╏║]/gu;
// A border: box characters, dashes, "=" and "+" only (with the spaces and colons of alignment marks),
// holding a box character or a "+" joining runs of dashes. A Markdown rule "|---|---|" keeps its own reading.
const BORDER_LINE = /^[ \t\u2500-\u257f+=:|-]{3,}$/u;
const ASCII_BORDER = /\+[ \t]*[-=]{2,}|[-=]{2,}[ \t]*\+/u;

/** The text with box-drawn table borders dropped and their cell strokes written "|". */
export function unboxTables(text: string): string {
  if (!BOX_CHAR.test(text) && !ASCII_BORDER.test(text)) return text;
  return text
    .split('\n')
    .filter((line) => !(BORDER_LINE.test(line) && (BOX_CHAR.test(line) || ASCII_BORDER.test(line))))
    .map((line) => line.replace(VERTICAL, '|'))
    .join('\n');
}
