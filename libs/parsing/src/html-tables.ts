import { decodeHTML, escapeText } from 'entities';
import { ATTRS, TAG } from './html-tags';

// A table holding no other table: tables are laid out from the innermost outwards.
const INNERMOST_TABLE = new RegExp(String.raw`<table\b${ATTRS}>((?:(?!<table\b)[\s\S])*?)<\/table\s*>`, 'gi');
const CAPTION = new RegExp(String.raw`<caption\b${ATTRS}>([\s\S]*?)<\/caption\s*>`, 'gi');
const ROW_START = new RegExp(String.raw`<tr\b${ATTRS}>`, 'gi');
const CELL = new RegExp(String.raw`<(td|th)\b(${ATTRS})>([\s\S]*?)(?=<\/?(?:td|th|tr)\b|$)`, 'gi');
const LINE_BREAK = new RegExp(
  String.raw`<\/?(?:p|div|br|li|ul|ol|dl|dt|dd|h[1-6]|section|article|blockquote|pre|hr|center|figure|figcaption)\b${ATTRS}>`,
  'gi',
);
// A laid-out inner table inside its outer table's cell: marked so the outer cell is read as a block.
const NESTED_OPEN = '\uE000';
const NESTED_CLOSE = '\uE001';
const NESTED_MARK = /[\uE000\uE001]/g;
// A table's own cells are short: a label, a name, a figure, a note of a few lines.
const MAX_CELL_LINES = 8;
const MAX_CELL_CHARS = 500;
// Tables nest a few deep at most (a page layout, a form, a list inside a cell).
const MAX_NESTING = 20;
// Spans beyond this are typing slips ("colspan=999" to fill a row), not a layout.
const MAX_SPAN = 50;

interface Cell {
  lines: string[];
  block: boolean;
  rowspan: number;
  colspan: number;
}

/**
 * HTML tables laid out as a reader sees them, one row a line with cells split by "|" (the form
 * pasted and box-drawn tables take too). A cell that spans rows (a 标段 over its candidates, a 包
 * over its items) is repeated in each row it spans, so every row has its cells in their columns;
 * a cell that spans columns fills the first of them. A header two rows deep ("中标金额" over
 * "小写(元)" and "大写") is one header line, each column named by the cells above it. A cell's
 * paragraphs and <br>s are one cell, not lines of their own (Word wraps every cell in <p>); a row
 * of one cell is plain lines, and a cell holding a table or a whole notice is a block of lines, as
 * layout tables (a page's navigation beside its content) have. Cell text comes back
 * entity-escaped, so it is decoded once with the rest of the page.
 */
export function layOutTables(html: string): string {
  let out = html;
  for (let depth = 0; depth < MAX_NESTING; depth++) {
    const next = out.replace(INNERMOST_TABLE, (_table: string, inner: string) => `${NESTED_OPEN}\n${layOut(inner)}\n${NESTED_CLOSE}`);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Drops the marks that kept a nested table's lines apart from its outer cell. */
export function dropTableMarks(text: string): string {
  return text.replace(NESTED_MARK, '\n');
}

function layOut(inner: string): string {
  const lines: string[] = [];
  const body = inner.replace(CAPTION, (_m, caption: string) => {
    lines.push(...cellLines(caption));
    return '';
  });
  const [beforeRows, ...rowHtml] = body.split(ROW_START);
  // Text standing in the table outside any row is shown above it.
  lines.push(...cellLines(beforeRows.replace(CELL, '')));
  const rows = rowHtml.map((row) => [...row.matchAll(CELL)].map(toCell)).filter((cells) => cells.length);
  const grid = toGrid(rows);
  const header = headerBand(grid);
  for (let r = 0; r < grid.length; r++) {
    if (header && r === header.top) {
      lines.push(header.line);
      r += header.depth - 1;
    } else lines.push(...rowLines(grid[r]));
  }
  return lines.map(escapeText).join('\n');
}

function toCell(match: RegExpMatchArray): Cell {
  const attrs = match[2];
  const inner = match[3];
  const lines = cellLines(inner);
  return {
    lines,
    // A page laid out in a table puts the whole notice in one cell: many paragraphs, or a long text.
    block: inner.includes(NESTED_OPEN) || lines.length > MAX_CELL_LINES || lines.join('').length > MAX_CELL_CHARS,
    rowspan: span(attrs, ROWSPAN),
    colspan: span(attrs, COLSPAN),
  };
}

const ROWSPAN = /\browspan\s*=\s*["']?(\d+)/i;
const COLSPAN = /\bcolspan\s*=\s*["']?(\d+)/i;

function span(attrs: string, pattern: RegExp): number {
  const m = pattern.exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 && n <= MAX_SPAN ? n : 1;
}

// The visible lines of a cell, decoded, each trimmed (a &nbsp; pad is no text), empty ones dropped.
function cellLines(html: string): string[] {
  return decodeHTML(html.replace(LINE_BREAK, '\n').replace(TAG, ''))
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && !ONLY_MARKS.test(l));
}

const ONLY_MARKS = /^[\uE000\uE001]+$/;

// Each row as its columns, a spanning cell in every slot it covers (the same object in each).
function toGrid(rows: Cell[][]): Cell[][] {
  const grid: Cell[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r][c]) c++;
      const down = Math.min(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < down; dr++) for (let dc = 0; dc < cell.colspan; dc++) grid[r + dr][c + dc] = cell;
      c += cell.colspan;
    }
  });
  return grid;
}

// A header two or more rows deep: the table's first row of several cells has a cell spanning rows
// below it, and no cell of those rows holds a figure. Each column is named by its cells from the
// top down ("中标金额 小写(元)").
function headerBand(grid: Cell[][]): { line: string; top: number; depth: number } | null {
  const top = grid.findIndex((row) => distinct(row).length > 1);
  if (top < 0) return null;
  const depth = Math.max(...distinct(grid[top]).map((cell) => cell.rowspan));
  if (depth < 2 || top + depth > grid.length) return null;
  const band = grid.slice(top, top + depth);
  if (band.some((row) => distinct(row).some((cell) => cell.block || /\d/.test(cell.lines.join(''))))) return null;
  const names: string[] = [];
  for (let c = 0; c < Math.max(...band.map((row) => row.length)); c++) {
    const above: Cell[] = [];
    for (const row of band) if (row[c] && !above.includes(row[c])) above.push(row[c]);
    names.push(
      above
        .map((cell) => cell.lines.join(' '))
        .filter(Boolean)
        .join(' '),
    );
  }
  return { line: joinCells(names), top, depth };
}

function rowLines(row: Cell[]): string[] {
  const cells = distinct(row);
  // A row of one cell (a title across the table, a layout row) is its own lines.
  if (cells.length === 1) return cells[0].lines;
  // A cell holding a table makes the row a layout: its cells one after another, as blocks.
  if (cells.some((cell) => cell.block)) return cells.flatMap((cell) => cell.lines);
  // A cell spanning columns fills the first of them; one spanning rows is in each of its rows.
  const texts = Array.from(row, (cell, c) => (cell && (c === 0 || row[c - 1] !== cell) ? cell.lines.join(' ') : ''));
  return texts.some(Boolean) ? [joinCells(texts)] : [];
}

function distinct(row: Cell[]): Cell[] {
  return Array.from(row).filter((cell, i, all) => cell && all.indexOf(cell) === i);
}

// Cells split by "|"; empty cells at the end of a row are no cells.
function joinCells(texts: string[]): string {
  let end = texts.length;
  while (end > 0 && !texts[end - 1]) end--;
  return texts.slice(0, end).join(' | ');
}
