import { parseAmount } from './amounts';

// A figure is often followed by the same sum in capitals: "¥3,526,800.00（大写：叁佰伍拾陆万贰仟捌佰元整）",
// "1,286,000元 大写：壹佰贰拾捌万陆仟元整". Where a typo makes the two disagree, the capitals govern, as the
// rules for evaluating bids have it (大写金额与小写金额不一致的，以大写金额为准); a sum written first in
// capitals is read so already. Only formal capitals count, in brackets or after 大写; a difference of
// less than a yuan is the 角 and 分 the capitals leave out, not a typo.
const CAPITALS_AFTER =
  /^[\s,，]*([(（])?\s*(?:人民币\s*)?([(（]?\s*大写\s*[)）]?)?\s*[:：]?\s*(?:人民币\s*)?([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆](?:[零壹贰叁肆伍陆柒捌玖]角)?(?:[零壹贰叁肆伍陆柒捌玖]分)?整?)/u;

/** The sum in capitals written right after a figure when it disagrees with `figure`, else null. */
export function governingCapitals(after: string, figure: number | null): number | null {
  if (figure === null) return null;
  const m = CAPITALS_AFTER.exec(after);
  if (!m || (!m[1] && !m[2])) return null;
  const capitals = parseAmount(m[3]);
  return capitals !== null && Math.abs(capitals - figure) >= 1 ? capitals : null;
}
