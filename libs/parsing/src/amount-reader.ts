import { unitMultiplier, parseAmount } from './amounts';
import { governingCapitals } from './capitals-govern';
import { countsThings } from './count-figure';
import { foreignCurrencyAt } from './foreign-currency';

/** An amount found right after a label: its value and where its text ends. */
export interface AmountHit {
  yuan: number | null; // null: the value is masked (**.*万元, (略))
  end: number;
}

// What may stand between a label and its value: punctuation, table bars, line breaks, 为/是/约,
// currency words and short parentheticals such as (元), (含税), (单位:万元), (最高限价).
// "大写：壹佰…元整 小写：1083600.00": either form may come first, each with its own label.
// "不含税286万元", "含税价1,265,800元": whether tax is in is said before the figure, not in brackets.
// "最高投标限价，为2,186,500元": a comma may stand before the 为 that gives the figure.
// "采购预算：不超过120万元", "控制在…以内": a cap said in words before the figure is that figure.
// "最高限价：服务费人民币58万元": a service's cap may name what it pays for before the figure. A year's fee
// (年服务费) is not read so: a contract of several years is worth more than it.
// A bracket that only says 略 ("（略）万元") is the masked figure itself, not a note before one.
const FILLER =
  /^(?:[\s:=|]|[,，](?=\s*[为是])|为|是|约|计|即|人民币|RMB|CNY|¥|￥|大写|小写|不?含税(?:价|金额)?|\((?![*＊]*略[*＊]*\))[^()\n]{0,16}\)|(?:最高)?不(?:超过|高于)|控制在|服务费(?:用)?(?=[\s:：]*(?:为|人民币|RMB|¥|￥|\d)))*/iu;
// (万元), (单位:万元), (人民币万元), (万元人民币); whether tax is in may share the bracket: (含税，万元),
// (万元，不含税); so may the kind of figure a plan column holds: (估算，万元), (预计，万元).
const UNIT_IN_PARENS =
  /[(（](?:不?含税[,，、\s]*)?(?:(?:估算|预计|预估|暂定|概算)[,，、\s]*)?(?:单位[:：]?)?\s*(?:人民币)?\s*([百千]万元|万元|千元|元|亿元)\s*(?:人民币)?\s*(?:[,，、\s]*不?含税)?\s*[)）]/u;
const MASK = /^(?:[*＊][*＊.,]*\s*(?:万元|万|元)?|\(?略\)?)/u;
// "7800余万元", "3亿多元": an approximate figure, still in that unit. Thousands may be split by
// spaces ("1 286 500.00"): two such groups, or one with decimals or a unit after it. A copy out of
// a PDF may leave a space after each comma ("￥ 1, 032, 800.00"): every group then has it, so a
// list of two figures ("386,500, 392,100") is not read as one.
const NUMBER =
  /^(\d{1,3}(?: \d{3}){2,}(?:\.\d+)?(?![\d.])|\d{1,3} \d{3}(?:\.\d+(?![\d.])|(?=\s*[万亿元]))|\d{1,3}(?:, \d{3})+(?:\.\d+)?(?![\d,])|\d[\d,]*(?:\.\d+)?)(\s*[余多]?\s*(?:[百千]万\s*元|[百千]万|万\s*元|万|亿\s*元|亿|千元|元))?/u;
// Capital (柒万伍仟元整, 壹佰贰拾捌点陆伍万元) or ordinary (三百万元) numerals; the 元 is what makes them money.
const CAPITALS =
  /^[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟万亿]+(?:点[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]+[万亿])?[元圆](?:[零壹贰叁肆伍陆柒捌玖一二三四五六七八九]角)?(?:[零壹贰叁肆伍陆柒捌玖一二三四五六七八九]分)?整?/u;
// A unit may follow on the next line, alone or in brackets: "179.3\n(万元)", "128.6\n(单位:万元)".
const TRAILING_UNIT = /^\s*\(?\s*(?:单位\s*[:：]?\s*)?([百千]万元|万元|亿元|千元|元)\s*\)?/u;
// A bare number followed by one of these is a date, a ratio or a count, not money.
const NOT_MONEY_AFTER = /^(?:[年月日号天个%‰时点:\-/.×*]|\d)/u;

/** Unit multiplier announced in a label's parentheses, e.g. 预算金额（万元） → 10 000. */
export function labelMultiplier(labelText: string): number | null {
  const m = UNIT_IN_PARENS.exec(labelText);
  return m ? unitMultiplier(m[1]) : null;
}

/**
 * Reads the amount that follows position `from` in display text (label already consumed):
 * skips filler, then a number with its unit (on the same or the next line) or a capital-numeral
 * amount. `labelUnit` is the multiplier the label itself announced.
 */
export function readAmountAfter(text: string, from: number, labelUnit: number | null): AmountHit | null {
  const window = text.slice(from, from + 120);
  const filler = FILLER.exec(window)![0];
  const unit = labelMultiplier(filler) ?? labelUnit ?? 1;
  const rest = window.slice(filler.length);
  const masked = MASK.exec(rest);
  if (masked && masked[0].trim()) return { yuan: null, end: from + filler.length + masked[0].length };

  const capitals = CAPITALS.exec(rest);
  if (capitals) {
    return { yuan: parseAmount(capitals[0]), end: from + filler.length + capitals[0].length };
  }
  const num = NUMBER.exec(rest);
  if (!num) return null;
  let consumed = num[0].length;
  // "1,726,400.00欧元", "86.24万美元": money, but not in yuan (masked alike: no yuan to give).
  if (!/元/u.test(num[2] ?? '') && foreignCurrencyAt(rest.slice(consumed))) return { yuan: null, end: from + filler.length + consumed };
  // "约4.2万套", "1,200台": a count, not money.
  if (!/元/u.test(num[2] ?? '') && countsThings(rest.slice(consumed))) return null;
  let written = num[2] ? unitMultiplier(num[2]) : null;
  if (!num[2]) {
    const after = rest.slice(consumed);
    const trailing = TRAILING_UNIT.exec(after);
    if (trailing) {
      written = unitMultiplier(trailing[1]);
      consumed += trailing[0].length;
    } else if (NOT_MONEY_AFTER.test(after)) {
      return null;
    }
  }
  const yuan = parseAmount(num[1], written ?? unit);
  return { yuan: governingCapitals(rest.slice(consumed), yuan) ?? yuan, end: from + filler.length + consumed };
}

// "中标候选人及其投标报价（单位：万元）", "金额单位：万元": a line ending in a unit statement gives the
// bare figures below it their unit. In brackets the word 单位 is often left out: "中标结果（金额：万元）".
const UNIT_STATED =
  /(?:(?:金额|价格|报价|货币)?单位|(?<=[(（])(?:金额|价格|报价))\s*[:：]\s*(?:人民币)?\s*(万元|亿元|元)\s*\)?[^\n\d]{0,6}\n/gu;
const UNIT_STATED_REACH = 240;

/** Multiplier of the last unit statement line within a few lines before `at`, or null. */
export function unitStatedAbove(text: string, at: number): number | null {
  const from = Math.max(0, at - UNIT_STATED_REACH);
  const last = [...text.slice(from, at).matchAll(UNIT_STATED)].pop();
  return last ? unitMultiplier(last[1]) : null;
}
