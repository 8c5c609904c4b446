import { parseDateTime } from './dates';
import { cellsBelow, splitCells } from './table-cells';

// A list of tenders (公告汇总, 项目一览) gives each one's bid deadline in a column of its own
// ("… | 投标截止时间 | 代理机构"), never after a label in prose. As with the budget and the buyer
// columns, the first row is the tender the notice is read for. A column of the time documents are
// sold or of another cut-off (获取文件截止时间, 报名截止时间) is not the bid deadline.
const DEADLINE_COLUMN =
  /^(?:(?:投标|响应|报价|应答)(?:文件)?(?:递交|提交|上传)?截止(?:时间|日期)|(?:递交|提交|上传)(?:投标|响应)文件截止(?:时间|日期)|截标(?:时间|日期)|开标(?:时间|日期))$/u;
const MIN_CELLS = 3;

/** The date in the first row under a bid-deadline column of a one-line-a-row table, or null. */
export function deadlineColumn(text: string): Date | null {
  if (!text.includes('|')) return null;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells = line.includes('|') ? splitCells(line) : [];
    const header = cells.length >= MIN_CELLS ? cells.find((c) => DEADLINE_COLUMN.test(c)) : undefined;
    if (header) {
      const cell = cellsBelow(text, lineStart + line.indexOf(header))[0];
      const date = cell ? parseDateTime(cell) : null;
      if (date) return date;
    }
    lineStart += line.length + 1;
  }
  return null;
}
