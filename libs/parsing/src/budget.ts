import { displayText } from './display-text';
import { statesNoBudget } from './stated-no-budget';
import { isPerUnitFigure } from './per-unit-figure';
import { isProjectInvestmentLabel } from './project-investment';
import { type AmountHit, labelMultiplier, readAmountAfter } from './amount-reader';
import { parseAmount } from './amounts';
import { BUDGET_TIERS } from './budget-labels';
import { tableBudget } from './budget-table';
import { costBreakdownTotal } from './cost-breakdown';
import { derivedCeilingAfter } from './derived-ceiling';
import { ownRoundFirst } from './first-round-aside';
import { flatLotsTotal } from './flat-lots-total';
import {
  amountsWithLotsAfter,
  isLotLabel,
  looseVerticalLotBudget,
  lotBlocksBudget,
  lotLabelSum,
  lotListAfter,
  lotTableBudget,
  verticalLotBudget,
} from './lot-budget';
import { lotColumnSum } from './lot-column';
import { reportsAwardAmounts } from './result-notice';
import { inRunningTotal } from './running-total';
import { splitCells } from './table-cells';
import { termTotalAfterYear } from './term-budget';

export interface Budget {
  yuan: number;
  /** The label and value as written, e.g. "预算金额:\n1,200,000.00元". */
  sourceText: string;
}

// Below this a "value" is a row number or a placeholder (控制价 0元), not a budget.
const MIN_BUDGET_YUAN = 100;
const MAX_BUDGET_YUAN = 1e13;

/**
 * The budget of a bulletin in yuan, from labelled amounts: 预算金额/采购预算 first, then price
 * ceilings (最高限价, 招标控制价), then estimates (合同估算价, 投资额), then 项目总投资; the first
 * readable amount of the best tier wins. Award money (中标金额, 成交金额, 投标报价) is never a
 * budget, and a text that reports bid or award prices is a result notice: null.
 */
export function extractBudget(
  text: string,
  options: { bidPricesQuoted?: boolean; investmentFirst?: boolean; procurementOnly?: boolean } = {},
): Budget | null {
  const display = displayText(text);
  // A press report may quote the bids of an opening beside the ceiling it retells.
  if (!options.bidPricesQuoted && reportsAwardAmounts(display)) return null;

  const table = tableBudget(display);
  // A planned project costs its 总投资 whatever ceilings of later procedures its entry retells.
  const tiers = BUDGET_TIERS.map((_labels, tier) => tier);
  if (options.investmentFirst) tiers.sort((a, b) => Number(b === PROJECT_TIER) - Number(a === PROJECT_TIER));
  // A notice that says it sets no budget states its 总投资 as the project's cost only.
  const noBudget = statesNoBudget(display);
  for (const tier of tiers) {
    // A procurement notice's budget is what the procurement costs or caps (project-investment.ts).
    if ((noBudget || options.procurementOnly) && tier >= PROJECT_TIER) continue;
    // A lots column flattened one cell a line: its header would otherwise read the first lot alone.
    if (tier === 0) {
      const loose = looseVerticalLotBudget(display);
      if (loose) return loose;
    }
    // A ceiling set out as its fees with a 合计 row: that row, read in the unit its table states
    // (a label inside the row, "最高投标限价合计 236.71", would read it without).
    const breakdown = tier === CEILING_TIER ? costBreakdownTotal(display) : null;
    const found = firstLabelled(display, BUDGET_TIERS[tier], tier >= PROJECT_TIER ? tier : null, breakdown, options.procurementOnly);
    if (found) return found;
    if (breakdown && breakdown.yuan !== null && breakdown.yuan >= MIN_BUDGET_YUAN)
      return { yuan: breakdown.yuan, sourceText: display.slice(breakdown.start, breakdown.end).trim() };
    // A lots table with a 合同包预算 column and no total above it: the lots add up.
    if (tier === 0) {
      const lots = lotTableBudget(display) ?? verticalLotBudget(display) ?? lotBlocksBudget(display);
      if (lots) return lots;
    }
    // A plan table states one amount per row under a header; it ranks with its header's tier.
    if (table && table.tier === tier) return { yuan: table.yuan, sourceText: table.sourceText };
  }
  return amountBeforeLabel(display);
}

// Prose puts the amount first: "300万元预算", "一个300万元的预算".
const AMOUNT_THEN_BUDGET = /(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)(?:的)?(?:采购)?预算/u;

function amountBeforeLabel(display: string): Budget | null {
  const m = AMOUNT_THEN_BUDGET.exec(display);
  const yuan = m ? parseAmount(`${m[1]}${m[2]}`) : null;
  return m && yuan !== null && yuan >= MIN_BUDGET_YUAN ? { yuan, sourceText: m[0] } : null;
}

// The word may also open the value, after the label's colon ("采购预算：合计人民币壹佰贰拾万元整"), and the
// figure may be in capitals.
const TOTAL_AFTER_LABEL =
  /^(?:[ \t]*[:：][ \t]*)?(?:合计|总计|共计)(?=\s*(?:\([^()\n]{0,12}\))?\s*[:：为]|\s*(?:人民币)?\s*[\d¥￥零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾])/u;

// Price ceilings (最高限价, 招标控制价) are tier 1 of BUDGET_TIERS.
const CEILING_TIER = 1;
// From this tier on (总投资, then press words) a figure may be a campaign's running total.
const PROJECT_TIER = 3;

function firstLabelled(
  display: string,
  label: RegExp,
  runningTier: number | null = null,
  skip: { start: number; end: number } | null = null,
  procurementOnly = false,
): Budget | null {
  // A re-tender's bracket quoting the first round's budget (first-round-aside.ts) is read last.
  for (const m of ownRoundFirst(display, [...display.matchAll(label)])) {
    const start = m.index;
    if (skip && start >= skip.start && start < skip.end) continue;
    if (procurementOnly && isProjectInvestmentLabel(m[0])) continue;
    if (runningTier !== null && inRunningTotal(display, start, runningTier > PROJECT_TIER)) continue;
    // "预算金额合计：80万元", "本批次估算金额总计：2,860万元": the label says its figure is the total.
    const labelEnd = start + m[0].length + (TOTAL_AFTER_LABEL.exec(display.slice(start + m[0].length))?.[0].length ?? 0);
    // "原采购预算：120万元" is the figure a change notice replaces; where nothing replaces it (a
    // procedure ended, "原预算金额：48万元") it is the only budget there is.
    if (REPLACED_BEFORE.test(display.slice(Math.max(0, start - 4), start)) && CHANGE_WORDS.test(display.replace(CHANGE_AS_REASON, '')))
      continue;
    // A lots table's column under the label: its rows add up.
    const column = lotColumnSum(display, start);
    if (column) return column;
    // One lot's budget: the tender's is the lots' sum (or the total written after them).
    const lots = isLotLabel(display, start) ? lotLabelSum(display, label, start, labelMultiplier(m[0])) : null;
    if (lots) return { yuan: lots.yuan, sourceText: display.slice(start, lots.end).trim() };
    const perYear = readAmountAfter(display, labelEnd, labelMultiplier(m[0]));
    const hit =
      derivedCeilingAfter(display, labelEnd, labelMultiplier(m[0])) ??
      flatLotsTotal(display, labelEnd) ??
      (perYear && shareAfterTotal(display, m[0], perYear, labelMultiplier(m[0]))) ??
      changedAmountAfter(display, labelEnd, labelMultiplier(m[0])) ??
      changedRowAmount(display, labelEnd, labelMultiplier(m[0])) ??
      amountsWithLotsAfter(display, labelEnd, labelMultiplier(m[0])) ??
      termNamedFirst(display, labelEnd, labelMultiplier(m[0])) ??
      (perYear &&
        termTotalAfter(
          display,
          perYear,
          labelMultiplier(m[0]),
          YEAR_BEFORE_LABEL.test(display.slice(Math.max(0, start - 3), start)) ? /^/u : PER_YEAR,
        )) ??
      annualAmountAfter(display, labelEnd, labelMultiplier(m[0])) ??
      totalAfterUnitPrice(display, labelEnd, labelMultiplier(m[0])) ??
      lotListAfter(display, labelEnd, labelMultiplier(m[0])) ??
      amountPastHeaders(display, labelEnd);
    if (!hit || hit.yuan === null) continue; // masked or no value here: look further
    // A header cell's value is in its column, not the first figure of the next line (a row number).
    if (isHeaderCell(display, start) && display.slice(labelEnd, hit.end).includes('\n')) continue;
    if (hit.yuan < MIN_BUDGET_YUAN || hit.yuan > MAX_BUDGET_YUAN) continue;
    // A cap per tonne or per piece ("最高限价185元/吨") bounds a rate, not the whole.
    if (isPerUnitFigure(display, hit.end)) continue;
    // A year's figure ("年度预算：90万元/年") gives way to the whole term's labelled below it.
    const yearly =
      YEAR_BEFORE_LABEL.test(display.slice(Math.max(0, start - 3), start)) ||
      ANNUAL.test(display.slice(labelEnd, labelEnd + 8)) ||
      PER_YEAR.test(display.slice(hit.end, hit.end + 4));
    const term = yearly ? termTotalAfterYear(display, hit.end, hit.yuan) : null;
    if (term && term.yuan !== null) return { yuan: term.yuan, sourceText: display.slice(start, term.end).trim() };
    return { yuan: hit.yuan, sourceText: display.slice(start, hit.end).trim() };
  }
  return null;
}

// "最高投标限价由原“326.8万元”更正为“318.4万元”", "预算金额：原为50万元，现调整为45万元": a change
// notice states the old figure first; the amount now is the one after 更正为/变更为/调整为.
// Under a label, "更正前：120万元\n更正后：110万元" does the same on two lines.
const CHANGED_FROM_TO =
  /^[\s:：]*(?:由原?|从原?|原)(?:为|是)?[:：]?\s*[“"「『]?[^\n。；;“”"「」『』]{1,24}?[”"」』]?\s*[,，]?\s*现?(?:更正|变更|调整|修改|更改)(?:为|成|至)\s*[:：]?\s*[“"「『]?/u;
const BEFORE_AFTER_LINES =
  /^[\s:：|]*(?:更正|变更|修改|调整)前(?:内容)?[\s:：|]*[^\n|]{1,24}?[\s|]*(?:更正|变更|修改|调整)后(?:内容)?[\s:：|]*/u;
const CHANGE_WORDS = /更正|变更|调整|修改|更改|现为|改为/u;
// "因采购需求变更，本项目终止": a change of plan is why a procedure ended, no edit of its figures.
const CHANGE_AS_REASON = /(?:需求|计划|方案|预算|资金)(?:发生)?(?:重大)?(?:变更|调整)/gu;
// (太原, 固原, 平原 … end in 原 too.)
const REPLACED_BEFORE = /(?:(?<![太固平中九高草])原|(?:更正|变更|修改|调整)前)(?:的)?$/u;

function changedAmountAfter(display: string, labelEnd: number, unit: number | null): AmountHit | null {
  const rest = display.slice(labelEnd, labelEnd + 64);
  const m = CHANGED_FROM_TO.exec(rest) ?? BEFORE_AFTER_LINES.exec(rest);
  return m ? readAmountAfter(display, labelEnd + m[0].length, unit) : null;
}

// "更正事项 | 更正前 | 更正后" over "最高投标限价 | 326.8万元 | 318.4万元": in a before/after table the
// row's last amount is the one now in force.
const BEFORE_AFTER_HEADER = /(?:(?:更正|变更|修改|调整)前|原(?:公告)?内容)[^\n]{0,20}?(?:(?:更正|变更|修改|调整)后|现内容)/u;

function changedRowAmount(display: string, labelEnd: number, unit: number | null): AmountHit | null {
  if (!BEFORE_AFTER_HEADER.test(display.slice(0, labelEnd))) return null;
  const newline = display.indexOf('\n', labelEnd);
  const lineEnd = newline < 0 ? display.length : newline;
  const row: AmountHit[] = [];
  for (let at = labelEnd; row.length < 4;) {
    const hit = readAmountAfter(display, at, unit);
    if (!hit || hit.yuan === null || hit.end > lineEnd) break;
    row.push(hit);
    at = hit.end;
  }
  // One amount on the row is no change of it: it reads as any other.
  return row.length >= 2 ? row[row.length - 1] : null;
}

// "项目总预算：1,280万元，其中本次采购预算：356万元": a project bought in parts states its whole budget,
// then the share of this procurement (本次, 本期, 本批, 本包, 本标段) in the same sentence or a bracket
// after it ("项目预算总金额1,280万元，本次采购预算356万元", "总预算1280万元（其中本期预算356万元）",
// "采购预算：120万元，其中本次采购60万元", "投资估算：2.35亿元，本标段合同估算价：8,600万元").
const SHARE_OF_TOTAL =
  /^[ \t]*[,，;；(]?[ \t]*(?:[^\n。;；()]{0,12}?[,，][ \t]*)?(其中[ \t]*[:：]?)?[ \t]*(?:本次|本期|本批次?|本包|本标段|本项目)[\p{Script=Han}]{0,6}?(?:预算|控制价|最高限价|估算价|金额|(?:采购|招标)(?=[ \t]*(?:人民币)?[ \t]*\d))(?:金额)?[ \t]*(?:为|是)?[ \t]*[:：]?/u;

function shareAfterTotal(display: string, label: string, total: AmountHit, unit: number | null): AmountHit | null {
  if (total.yuan === null) return null;
  const m = SHARE_OF_TOTAL.exec(display.slice(total.end, total.end + 48));
  // Without 其中 the first figure must be called the total (总预算, 预算总金额), or the project's
  // investment (投资估算, 估算投资), to be only a whole.
  if (!m || (!m[1] && !/总|投资/u.test(label))) return null;
  return readAmountAfter(display, total.end + m[0].length, unit);
}

// "预算金额：每年80万元", "预算金额：80万元/年": a year's budget is the one stated, unless a total
// for the whole term follows in the same sentence ("每年80万元，三年合计240万元").
const ANNUAL = /^[\s:：]*(?:每年度?|年度)\s*/u;
const PER_YEAR = /^\s*\/\s*年/u;
const TERM_TOTAL = /^[^\n。；;]{0,12}?(?:合计|共计|总计|总额|总金额|总预算|总价)/u;
// "年度预算56万元", "每年预算…": the label itself says the figure is a year's.
const YEAR_BEFORE_LABEL = /(?:年度|每年)$/u;
// "项目预算：三年合计240万元（每年80万元）": the term's total named before its figure.
const TERM_FIRST =
  /^[\s:：]*(?:[一二两三四五六七八九十\d]+\s*年(?:度)?|服务期(?:内)?|合同期(?:内)?)(?:合计|共计|总计|总额|总金额|总预算|总价)(?:为|是)?/u;

function termNamedFirst(display: string, labelEnd: number, unit: number | null): AmountHit | null {
  const m = TERM_FIRST.exec(display.slice(labelEnd, labelEnd + 16));
  return m ? readAmountAfter(display, labelEnd + m[0].length, unit) : null;
}

function annualAmountAfter(display: string, labelEnd: number, unit: number | null): AmountHit | null {
  const annual = ANNUAL.exec(display.slice(labelEnd, labelEnd + 8));
  if (!annual) return null;
  const year = readAmountAfter(display, labelEnd + annual[0].length, unit);
  return year && termTotalAfter(display, year, unit, /^/u);
}

// "最高限价：单价300元/套，总价不超过45000元": a unit price cap, then the whole price's cap.
const TOTAL_AFTER_UNIT_PRICE = /^[\s:：]*单价[^\n。；;]{0,24}?总价(?:不超过|不得超过|不高于|最高为|为)?/u;

function totalAfterUnitPrice(display: string, labelEnd: number, unit: number | null): AmountHit | null {
  const m = TOTAL_AFTER_UNIT_PRICE.exec(display.slice(labelEnd, labelEnd + 48));
  return m ? readAmountAfter(display, labelEnd + m[0].length, unit) : null;
}

/** The term's total written after a year's amount (when `yearly` says the amount is one), else that amount. */
function termTotalAfter(display: string, year: AmountHit, unit: number | null, yearly: RegExp): AmountHit {
  if (year.yuan === null) return year;
  const rest = display.slice(year.end, year.end + 24);
  const total = yearly.test(rest) ? TERM_TOTAL.exec(rest) : null;
  return (total && readAmountAfter(display, year.end + total[0].length, unit)) || year;
}

const ROW_NUMBER_HEADER = /^(?:序号|包号|包件号?|标段号?|标项号?|包组号?|合同包号?|采购包号?|分包号?)$/u;

function isHeaderCell(display: string, at: number): boolean {
  const lineStart = display.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = display.indexOf('\n', at);
  const cells = splitCells(display.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
  // Two cells are a header too when the first numbers the rows ("包号 | 预算金额(万元)").
  return cells.length >= 3 || (cells.length === 2 && ROW_NUMBER_HEADER.test(cells[0]));
}

// A header cell followed by other header cells, then the row: "采购项目预算 采购项目最高限价 备注
// … 人民币420万元". The first amount with its unit counts unless other money is named before it.
const AMOUNT_WITH_UNIT = /(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)(?!\/(?:人|次|平方米|m|天|月))/u;
const OTHER_MONEY = /保证金|费|报价|单价|中标|成交|工期|面积|业绩|不低于|不少于|以上|≥|[:：,，。;；]/u;
const HEADER_WINDOW = 150;

function amountPastHeaders(display: string, from: number): AmountHit | null {
  const window = display.slice(from, from + HEADER_WINDOW);
  const m = AMOUNT_WITH_UNIT.exec(window);
  if (!m || OTHER_MONEY.test(window.slice(0, m.index))) return null;
  return { yuan: parseAmount(`${m[1]}${m[2]}`), end: from + m.index + m[0].length };
}
