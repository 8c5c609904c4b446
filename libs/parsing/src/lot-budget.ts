import { labelMultiplier, readAmountAfter } from './amount-reader';
import { parseAmount } from './amounts';
import { countsThings } from './count-figure';
import { cellsBelow, splitCells } from './table-cells';
import { cellsBelowVertical } from './vertical-table';

// A tender split into lots (包, 标段, 合同包) states a budget per lot; the tender's budget is
// their sum unless a total (合计, 总计) is written.
// 第2包, 合同包1, 采购包2, 标项一, 包组3, 标段2, and a numeral before 标段 or 包: 一标段, 2标段, 二包
// (not after a word, as "纸巾20包" counts packets). Railway and enterprise tenders name lots 包件 (包件1, 第2包件).
// A works notice that lets its survey, design, supervision and building together names each lot by
// its trade (施工标段, 监理标段, 勘察标段, 设计标段, 勘察设计标段, or 施工标, 监理标).
const LOT = String.raw`(?:(?:勘察设计|勘察|设计|施工|监理)标(?:段|包)?(?![准志识的书价底注题])|第\s*[\d一二三四五六七八九十]+\s*(?:包件|包|标段|标包|标项)|(?:合同包|采购包|分包|标包|包组|包件|包|标段|标项)\s*[\dA-Za-z一二三四五六七八九十]+(?:号)?|[\d一二三四五六七八九十]+\s*标段|(?<![\p{Script=Han}\d])[\d一二三四五六七八九十]+\s*包(?![装括含干邮]))`;
// The lot may carry its name before the label: "合同包1(课桌椅):", "标项一：课桌椅，预算金额…". A works
// lot's name is often long and holds figures of its own, stakes, a code or a count ("第一标段：迎宾路
// （K0+000~K1+850）道路及排水工程，最高投标限价…", "第二标段：YQ2标：…", "第三标段：南片区（9个小区），…").
// An EPC tender may cap each of its parts under its own label, the fee's name right before it
// ("设计费最高投标限价120万元，施工费最高投标限价5,000万元"): the parts add up as lots do.
const PART = String.raw`(?:勘察设计|勘察|设计|施工|监理|建安工程|工程建设|运营维护)费`;
const LOT_BEFORE = new RegExp(
  `(?:${LOT}(?:\\s*[(（][^()（）\\n]{0,16}[)）])?\\s*[:：(（]?\\s*(?:[^\\n:：，,；;。\\d]{1,12}[，,]\\s*|[^\\n，,；;。]{1,48}?[，,]\\s*)?|${PART})$`,
  'u',
);
const LOT_BEFORE_REACH = 72;
const LOT_AMOUNT = new RegExp(`${LOT}\\s*[:：]?\\s*[^\\d\\n；;，,。]{0,12}?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)?`, 'gu');
const TOTAL = /(?:合计|总计|共计|总额|总金额)[^\d\n]{0,6}?(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)?/u;
const LOT_WINDOW = 160;
// Below this a cell is a row number or a count, not a lot's budget.
const MIN_LOT_YUAN = 100;

/** True when a label at `start` belongs to one lot ("包1预算金额"). */
export function isLotLabel(text: string, start: number): boolean {
  return LOT_BEFORE.test(text.slice(Math.max(0, start - LOT_BEFORE_REACH), start));
}

/**
 * The sum of one label's amounts over the lots that follow each other ("包1预算金额420万元，包2预算
 * 金额380万元"), or a total stated after them. Null when fewer than two lots are readable.
 */
export function lotLabelSum(text: string, label: RegExp, from: number, unit: number | null): { yuan: number; end: number } | null {
  let sum = 0;
  let count = 0;
  let end = from;
  const re = new RegExp(label.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Lots follow each other closely; a far match is another section.
    if (m.index - end > LOT_WINDOW || !isLotLabel(text, m.index)) break;
    const hit = readAmountAfter(text, m.index + m[0].length, labelMultiplier(m[0]) ?? unit);
    if (!hit || hit.yuan === null) break;
    sum += hit.yuan;
    count++;
    end = hit.end;
  }
  const total = totalAfter(text, end, unit);
  if (total !== null) return { yuan: total, end };
  return count >= 2 ? { yuan: sum, end } : null;
}

/** "预算金额:\n包1:42万元;包2:36万元;合计78万元": the total, else the sum of the lots. */
export function lotListAfter(text: string, labelEnd: number, unit: number | null): { yuan: number; end: number } | null {
  const window = text.slice(labelEnd, labelEnd + LOT_WINDOW);
  if (!new RegExp(`^[\\s:：|为]*${LOT}`, 'u').test(window)) return null;
  let sum = 0;
  let count = 0;
  let end = 0;
  for (const m of window.matchAll(LOT_AMOUNT)) {
    // Lots follow each other: prose between them ends the list.
    if (m.index - end > 8 && count > 0) break;
    // "标段一：220kV升压站…", "包1：500台…": the lot's name opens with a rating or a count; its money,
    // if any, comes later in the line under its own label.
    if (!m[2] && countsThings(window.slice(m.index + m[0].length))) break;
    const yuan = parseAmount(`${m[1]}${m[2] ?? ''}`, m[2] ? 1 : (unit ?? 1));
    if (yuan === null) break;
    sum += yuan;
    count++;
    end = m.index + m[0].length;
  }
  if (!count) return null;
  const total = totalAfter(window, end, unit);
  return { yuan: total ?? sum, end: labelEnd + end };
}

// "预算金额：50万元（一标段）、30万元（二标段）": each amount names its lot after it.
const AMOUNT_THEN_LOT = new RegExp(`\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)?\\s*[(（]\\s*${LOT}\\s*[)）]\\s*[、，,；;]?`, 'uy');
const LEADING_FILLER = /^[\s:：为]*/u;

/** The sum of amounts each followed by its lot in brackets; null when fewer than two. */
export function amountsWithLotsAfter(text: string, labelEnd: number, unit: number | null): { yuan: number; end: number } | null {
  // Sticky and run to the end here, with nothing in between: the one compiled pattern serves.
  const re = AMOUNT_THEN_LOT;
  re.lastIndex = labelEnd + LEADING_FILLER.exec(text.slice(labelEnd, labelEnd + 8))![0].length;
  let sum = 0;
  let count = 0;
  let end = labelEnd;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const yuan = parseAmount(`${m[1]}${m[2] ?? ''}`, m[2] ? 1 : (unit ?? 1));
    if (yuan === null) break;
    sum += yuan;
    count++;
    end = re.lastIndex;
  }
  return count >= 2 ? { yuan: sum, end } : null;
}

function totalAfter(text: string, from: number, unit: number | null): number | null {
  const window = text.slice(from, from + 30);
  const m = TOTAL.exec(window);
  if (!m || /[\n。]/u.test(window.slice(0, m.index))) return null;
  return parseAmount(`${m[1]}${m[2] ?? ''}`, m[2] ? 1 : (unit ?? 1));
}

// A lots table: a lot column (包号, 标段) and a budget column per lot (合同包预算, 包预算, 预算金额).
export const LOT_HEADER = /^(?:包号|包名称|包件|合同包|采购包|分包|标包|标段|标段号|标段名称|包组|标项)/u;
const LOT_BUDGET_HEADER = /预算|最高(?:投标)?限价|控制价|拦标价/u;
const LOT_WORD = /包|标段|标项/u;
const LOT_NUMBER_HEADER = /^(?:包号|包件号|标段号|标项号|包组号|合同包号|采购包号|分包号)$/u;
// A bare lot header (标段, 包名称) beside a budget header without a figure in it: a price-cap notice
// lists only each 标段 and its 最高投标限价, so those two columns are the whole table.
const LOT_NAME_HEADER = /^(?:包|包名称|包件|标段|标段名称|标项|标项名称|合同包|采购包)$/u;

/** The sum of the budget column of a lots table, with the unit its header names; null when there is none. */
export function lotTableBudget(text: string): { yuan: number; sourceText: string } | null {
  // Most notices have no lots table: two cheap scans spare splitting every line.
  if (!LOT_WORD.test(text) || !LOT_BUDGET_HEADER.test(text)) return null;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells = LOT_WORD.test(line) && LOT_BUDGET_HEADER.test(line) ? splitCells(line) : [];
    const lotColumn = cells.findIndex((c) => LOT_HEADER.test(c));
    const budgetCells = cells.filter((c) => LOT_BUDGET_HEADER.test(c) && !/单价|保证金/u.test(c));
    // Two columns are enough when the other is the lot's own number (包号 | 预算(元)).
    const wide =
      cells.length >= 3 ||
      (cells.length === 2 &&
        lotColumn === 0 &&
        (LOT_NUMBER_HEADER.test(cells[0]) || (LOT_NAME_HEADER.test(cells[0]) && !/\d/u.test(cells[1]))));
    if (wide && lotColumn >= 0 && budgetCells.length) {
      // The budget column outranks a ceiling column of the same table.
      const header = budgetCells.find((c) => /预算/u.test(c)) ?? budgetCells[0];
      const at = lineStart + line.indexOf(header);
      const unit = labelMultiplier(header.replace(/\s+/g, '')) ?? 1;
      const values = cellsBelow(text, at).map((c) => parseAmount(c.replace(/^[¥￥]/u, ''), unit));
      if (values.length && values.every((v): v is number => v !== null && v >= MIN_LOT_YUAN)) {
        return { yuan: lotsTotal(values), sourceText: `${header} | ${values.length} 包` };
      }
    }
    lineStart += line.length + 1;
  }
  return null;
}

// A lot budget header alone on its line, as tables flattened one cell a line print it.
const VERTICAL_BUDGET_HEADER = /^(?:合同包|采购包|包|标项|标段)预算(?:金额)?(?:\((?:元|万元)\))?$/u;

/** The sum of a lot budget column flattened one cell a line ("合同包预算\n磋商保证金\n1\n…\n3520000"). */
export function verticalLotBudget(text: string): { yuan: number; sourceText: string } | null {
  if (!text.includes('预算')) return null;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const header = line.trim();
    if (VERTICAL_BUDGET_HEADER.test(header)) {
      const unit = labelMultiplier(header) ?? 1;
      const values = cellsBelowVertical(text, lineStart + line.indexOf(header)).map((c) => parseAmount(c.replace(/^[¥￥]/u, ''), unit));
      if (values.length && values.every((v): v is number => v !== null && v >= MIN_LOT_YUAN)) {
        return { yuan: lotsTotal(values), sourceText: `${header} | ${values.length} 包` };
      }
    }
    lineStart += line.length + 1;
  }
  return null;
}

// ccgp-style lot blocks: "合同包1(课桌椅):\n合同包预算金额：1,000,000.00元\n合同包最高限价：…\n合同包2(床具):
// \n合同包预算金额：800,000.00元": each lot's own budget label, summed over the lots it belongs to.
const LOT_BUDGET_LABEL = /(?:合同包|采购包|分包|标包|包组|标项|包)预算(?:金额|资金|价)?/gu;
const LOT_HEADING = new RegExp(LOT, 'gu');
const LOT_HEADING_REACH = 80;

/** The sum of per-lot budget labels (合同包预算金额, 采购包预算金额), one per lot; null when none is readable. */
export function lotBlocksBudget(text: string): { yuan: number; sourceText: string } | null {
  const byLot = new Map<string, number>();
  let first = -1;
  let end = 0;
  for (const m of text.matchAll(LOT_BUDGET_LABEL)) {
    const hit = readAmountAfter(text, m.index + m[0].length, labelMultiplier(m[0]));
    if (!hit || hit.yuan === null || hit.yuan < MIN_LOT_YUAN) continue;
    const heading = [...text.slice(Math.max(0, m.index - LOT_HEADING_REACH), m.index).matchAll(LOT_HEADING)].pop();
    const key = heading ? heading[0].replace(/\s+/g, '') : `@${m.index}`;
    if (byLot.has(key)) continue;
    byLot.set(key, hit.yuan);
    if (first < 0) first = m.index;
    end = hit.end;
  }
  if (!byLot.size) return null;
  return { yuan: lotsTotal([...byLot.values()]), sourceText: text.slice(first, end).trim() };
}

// A lots table flattened one cell a line whose rows do not all have every cell ("标项\n产品名称\n数量\n
// 采购预算\n一\n相控阵检测仪\n1台\n35万元\n涡流检测仪\n1台\n23万元"): the budget column's header closes
// a run of short header lines that names the lots; each line below that is only an amount with
// its unit is one lot's budget, until the table ends (a sentence, a section, a long line).
const LOOSE_BUDGET_HEADER = /^(?:采购|项目|标项|包)?预算(?:金额)?(?:\((?:元|万元)\))?$/u;
const LOOSE_LOT_HEADER = /^(?:标项|包号|包件|包|标段|合同包|采购包|分包|标包|包组)(?:号|编号|名称)?$/u;
const LOOSE_OTHER_MONEY = /单价|限价|控制价|金额|保证金|费/u;
const LOOSE_AMOUNT = /^(?:[¥￥]\s*)?(\d[\d,]*(?:\.\d+)?)\s*(万元|元)$/u;
const LOOSE_TABLE_END = /[。：:；;]$|^(?:[一二三四五六七八九十]+、|\d+[、.．]\D)/u;
const LOOSE_BUDGET_LINE = /\n\s*(?:采购|项目|标项|包)?预算(?:金额)?(?:\((?:元|万元)\))?\s*\n/u;
const LOOSE_HEADER_LINES = 6;
const LOOSE_ROW_LINES = 60;

/** The sum of a loosely flattened lots budget column; null when there is none or fewer than two lots. */
export function looseVerticalLotBudget(text: string): { yuan: number; sourceText: string } | null {
  if (!LOOSE_BUDGET_LINE.test(text)) return null;
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const header = lines[i].trim();
    if (!LOOSE_BUDGET_HEADER.test(header)) continue;
    const above = lines.slice(Math.max(0, i - LOOSE_HEADER_LINES), i).map((l) => l.trim());
    const lotAt = above.findIndex((l) => LOOSE_LOT_HEADER.test(l));
    if (lotAt < 0 || above.slice(lotAt).some((l) => !l || l.length > 8 || LOOSE_OTHER_MONEY.test(l))) continue;
    const unit = labelMultiplier(header) ?? 1;
    const values: number[] = [];
    for (const raw of lines.slice(i + 1, i + 1 + LOOSE_ROW_LINES)) {
      const line = raw.trim();
      if (!line || line.length > 40 || LOOSE_TABLE_END.test(line) || LOOSE_BUDGET_HEADER.test(line)) break;
      const m = LOOSE_AMOUNT.exec(line);
      const yuan = m ? parseAmount(`${m[1]}${m[2]}`, unit) : null;
      if (yuan !== null && yuan >= MIN_LOT_YUAN) values.push(yuan);
    }
    if (values.length >= 2) return { yuan: lotsTotal(values), sourceText: `${header} | ${values.length} 包` };
  }
  return null;
}

// A 合计 row under the lots is their total, not one more lot: the last value that equals the sum
// of the ones above it.
export function lotsTotal(values: number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  const last = values[values.length - 1];
  return values.length >= 3 && Math.abs(sum - 2 * last) < 0.01 ? last : sum;
}
