import { labelMultiplier, readAmountAfter } from './amount-reader';
import { parseAmount } from './amounts';
import { cellsBelow } from './table-cells';

// Money that was won, most certain first: a stated total, the award amount of a lot, then the
// bid price of the first candidate. A budget or price ceiling is never read here.
const AWARD_LABELS: readonly RegExp[] = [
  /(?:总|合计)(?:中标|成交)(?:金额|价)(?:合计)?|(?:中标|成交)(?:总金额|总价)(?:合计)?/gu,
  // An excerpt may begin inside the label: "(成交)金额898000元".
  /(?:中标|成交|中选)(?:\(成交\))?(?:合同)?(?:金额|价格|价|额)|(?:^|\n)\(成交\)金额/gu,
  /(?:第[一1](?:中标)?候选人|第[一1]名)(?:(?!第[二2])[^。]){0,80}?(?:投标|响应)?报价/gu,
  // A result table with one total column: "序号 | 标项名称 | 总价(元) | 中标供应商名称".
  /总价(?=\()/gu,
];
const UNIT_NOTE = /^\s*\((?:单位[:：]?)?\s*(万元|元|亿元)\s*\)/u;
// Past a few header cells the first amount with its unit or a currency sign is the value.
const AMOUNT_WITH_UNIT = /(?:[¥￥]\s*(\d[\d,]*(?:\.\d+)?))|(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*(万元|元|亿元)/u;
const SECTION_END = /[一二三四五六七八九十]、|主要标的/u;
const MIN_AWARD_YUAN = 100;

/** The award amount in yuan from its label, or null. */
export function readAwardAmount(text: string): number | null {
  for (const label of AWARD_LABELS) {
    for (const m of text.matchAll(label)) {
      const yuan = amountAt(text, m.index, m.index + m[0].length);
      if (yuan !== null && yuan >= MIN_AWARD_YUAN) return yuan;
    }
  }
  return null;
}

// Money that is something else than the award: budgets, ceilings, deposits, unit prices, fees.
const OTHER_MONEY_BEFORE = /(?:预算|限价|控制价|保证金|单价|估算|投资|费|报价|概算|资金)[^\n]{0,10}$/u;
// Up to ten digits before the point: longer runs are credit codes or numbers run together.
const ANY_AMOUNT = /(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,10}(?:\.\d+)?)\s*(万元|元|亿元)(?!\/)/gu;
const MIN_UNLABELLED_YUAN = 1000;

/**
 * The award amount of a result notice: the labelled one, else (an excerpt cut before its label)
 * the first amount with its unit that no other money label claims.
 */
export function readResultAmount(text: string): number | null {
  const labelled = readAwardAmount(text);
  if (labelled !== null) return labelled;
  for (const m of text.matchAll(ANY_AMOUNT)) {
    if (OTHER_MONEY_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    const yuan = parseAmount(`${m[1]}${m[2]}`);
    if (yuan !== null && yuan >= MIN_UNLABELLED_YUAN) return yuan;
  }
  return null;
}

function amountAt(text: string, labelStart: number, labelEnd: number): number | null {
  const note = UNIT_NOTE.exec(text.slice(labelEnd, labelEnd + 12));
  const unit = note ? labelMultiplier(note[0]) : null;
  const direct = readAmountAfter(text, labelEnd, unit);
  if (direct) return direct.yuan;
  for (const cell of cellsBelow(text, labelStart)) {
    const yuan = parseAmount(cell.replace(/^[¥￥]/u, '').replace(/\((?:元|万元)\)$/u, ''), unit ?? 1);
    if (yuan !== null) return yuan;
  }
  let window = text.slice(labelEnd, labelEnd + 200);
  const end = SECTION_END.exec(window);
  if (end) window = window.slice(0, end.index);
  const m = AMOUNT_WITH_UNIT.exec(window);
  if (!m) return null;
  return m[1] ? parseAmount(m[1], unit ?? 1) : parseAmount(`${m[2]}${m[3]}`);
}
