import { parseAmount } from './amounts';
import { LOT_NAME } from './lot-numbers';

// A lots table pasted without its header: "A包 甲公司 128,600.00", "第2包 | 乙公司 | 96,400.00". The
// figure right after the winner on its lot's line is what that lot was won for. With no header, its
// unit is the one the notice speaks in elsewhere: 元 when any amount or label says 元, and also when
// nothing says 万元 (a figure with cents and thousands separators is written in 元); when the notice
// speaks only in 万元 the bare figure is left unread.
const LOT_CELL_BEFORE = new RegExp(`(?:^|\\n)[ \\t|]*(?:${LOT_NAME})[^\\n]{0,12}?[ \\t|:：]+$`, 'u');
const FIGURE_AFTER =
  /^[ \t|]+(?:[¥￥]\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{3,10}\.\d{1,2}|\d{1,10}(?:\.\d+)?(?=\s*万?元))\s*(万元|元)?(?=$|[\s|])/u;
const YUAN_SAID = /(?:\d\s*|[¥￥(:：]\s*|单位[:：]?\s*|人民币\s*)元(?![件素旦器宝])/u;
const WAN_SAID = /万元/u;
const MIN_YUAN = 1000;

/** The amount after the winner on its lot's line of a headerless table, or null. */
export function amountOnLotLine(text: string, winner: string): number | null {
  for (let at = text.indexOf(winner); at >= 0; at = text.indexOf(winner, at + winner.length)) {
    if (!LOT_CELL_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
    const m = FIGURE_AFTER.exec(text.slice(at + winner.length, at + winner.length + 32));
    if (!m) continue;
    const yuan = m[2] ? parseAmount(`${m[1]}${m[2]}`) : bareFigureYuan(text, m[1]);
    if (yuan !== null && yuan >= MIN_YUAN) return yuan;
  }
  return null;
}

function bareFigureYuan(text: string, figure: string): number | null {
  return YUAN_SAID.test(text) || !WAN_SAID.test(text) ? parseAmount(figure, 1) : null;
}
