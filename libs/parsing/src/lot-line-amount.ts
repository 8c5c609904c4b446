import { unitStatedAbove } from './amount-reader';
import { parseAmount } from './amounts';
import { LOT_NAME } from './lot-numbers';

// A lots table pasted without its header: "A包 甲公司 128,600.00", "第2包 | 乙公司 | 96,400.00", "Lot 1: 甲公司,
// RMB 1,280,000.00". The
// figure right after the winner on its lot's line is what that lot was won for. With no header, its
// unit is a unit line above it ("中标结果(单位：元)"), else the one the notice speaks in elsewhere: 元
// when any amount or label says 元, and also when nothing says 万元, for a figure written as money
// (thousands separators or cents); 万元 when the notice speaks only in 万元, for a figure too small to
// be a price in 元 and written without separators ("123.4567").
// The lots may run on in one sentence after a total, parted by semicolons: "中标总金额：…，其中：第1包 甲公司
// 1,235,000.00元；第2包 乙公司 968,400.00元" (see label-value-lists for their winners).
const LOT_CELL_BEFORE = new RegExp(`(?:^|\\n|[；;]|其中[:：])[ \\t|]*(?:${LOT_NAME})[^\\n]{0,12}?[ \\t|:：]+$`, 'u');
const FIGURE_AFTER =
  /^(?:\([^()\n]{1,24}\))?[ \t|,，]+(?:(?:RMB|CNY|人民币)[ \t]*)?(?:[¥￥]\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,10}(?:\.\d+)?)\s*(万元|元)?(?=$|[\s|；;。]|(?<=元)[，,])/u;
const MONEY_WRITTEN = /,\d{3}|\.\d{2}$/u;
const YUAN_SAID = /(?:\d\s*|[¥￥(:：]\s*|单位[:：]?\s*|人民币\s*)元(?![件素旦器宝])/u;
const WAN_SAID = /万元/u;
const MAX_WAN_FIGURE = 100_000;
const MIN_YUAN = 1000;

/** The amount after the winner on its lot's line of a headerless table, or null. */
export function amountOnLotLine(text: string, winner: string): number | null {
  for (let at = text.indexOf(winner); at >= 0; at = text.indexOf(winner, at + winner.length)) {
    if (!LOT_CELL_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
    const m = FIGURE_AFTER.exec(text.slice(at + winner.length, at + winner.length + 32));
    if (!m) continue;
    const yuan = m[2] ? parseAmount(`${m[1]}${m[2]}`) : bareFigureYuan(text, at, m[1]);
    if (yuan !== null && yuan >= MIN_YUAN) return yuan;
  }
  return null;
}

function bareFigureYuan(text: string, at: number, figure: string): number | null {
  const stated = unitStatedAbove(text, at);
  if (stated !== null) return parseAmount(figure, stated);
  if (YUAN_SAID.test(text) || !WAN_SAID.test(text)) return MONEY_WRITTEN.test(figure) ? parseAmount(figure, 1) : null;
  return figure.includes(',') || Number(figure) >= MAX_WAN_FIGURE ? null : parseAmount(figure, 10_000);
}
