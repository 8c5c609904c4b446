import { splitCells } from './table-cells';

// Contact tables list each party on its own row, the role in the first column and the name under a
// 名称 header: "角色 | 名称 | 地址 | 联系人 | 电话" / "采购人 | 某街道办事处 | … | 林先生 | 0591-…".
// The role label opens the row, and its party is the row's cell in the 名称 column, not the text after
// the label (which would be read on into the address and phone cells).
const NAME_HEADER = /^(?:单位)?(?:名称|全称)$/u;

/** The 名称 cell of the row the role label at [start, end) opens; undefined when it opens no such row. */
export function roleRowName(text: string, start: number, end: number): string | null | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  if (!line.includes('|')) return undefined;
  const cells = splitCells(line);
  if (cells[0] !== text.slice(start, end).trim()) return undefined;
  // The header is the first line of the run of "|" lines the row stands in.
  let header: string[] | null = null;
  let at = lineStart;
  while (at > 0) {
    const prevStart = text.lastIndexOf('\n', at - 2) + 1;
    const prev = text.slice(prevStart, at - 1);
    if (!prev.includes('|')) break;
    header = splitCells(prev);
    at = prevStart;
  }
  if (!header || header.length !== cells.length) return undefined;
  const column = header.findIndex((cell, i) => i > 0 && NAME_HEADER.test(cell));
  if (column < 0) return undefined;
  return cells[column] || null;
}
