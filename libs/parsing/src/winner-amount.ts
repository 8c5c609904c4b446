import { labelMultiplier, readAmountAfter, unitStatedAbove } from './amount-reader';
import { parseAmount } from './amounts';
import { BEFORE_A_CHANGE_WORD, cellAmount, MIN_UNLABELLED_YUAN } from './award-cells';
import { amountOnLotLine } from './lot-line-amount';
import { supplierNamesIn } from './org-names';
import { lineClosedByFirstRank } from './rank-at-line-end';
import { bidBelowName } from './rank-field';
import { splitCells } from './table-cells';

// The winner's price where its name stands: after it on its line, in its row, or in its block.
export function amountBesideWinner(text: string, winner: string): number | null {
  return (
    priceAfterName(text, winner) ??
    priceInColumn(text, winner) ??
    lineTotalAfterName(text, winner) ??
    bidOnWinnerLine(text, winner) ??
    amountBesideWinnerRow(text, winner) ??
    figureAfterFirstRowName(text, winner) ??
    amountOnLotLine(text, winner) ??
    bidInWinnerBlock(text, winner)
  );
}

// A bidders table flattened into one run of words: "投标人名称 投标报价(元) 工期 1 某公司
// 12,486,300.00 180". The number right after the winner's name is its price when a price column
// was named before it.
const PRICE_COLUMN = /(?:投标|响应)?(?:总)?报价|投标(?:总)?价/gu;
const PRICE_COLUMN_REACH = 240;
const NAME_THEN_NUMBER = /^[\s|]*(?:[¥￥]\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,10}(?:\.\d+)?)\s*(万元|元)?(?![\d%‰年月日天A-Za-z])/u;

function priceAfterName(text: string, name: string): number | null {
  const at = text.indexOf(name);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - PRICE_COLUMN_REACH), at);
  const header = [...before.matchAll(PRICE_COLUMN)].pop();
  if (!header) return null;
  const m = NAME_THEN_NUMBER.exec(text.slice(at + name.length, at + name.length + 40));
  if (!m) return null;
  return figureYuan(m, labelMultiplier(before.slice(header.index, header.index + header[0].length + 8)) ?? 1);
}

// "投标人名称：甲公司\n投标报价：…\n排名：第一名": the bid field of the winner's own block of fields.
function bidInWinnerBlock(text: string, name: string): number | null {
  const bid = bidBelowName(text, name);
  const hit = bid < 0 ? null : readAmountAfter(text, bid, unitStatedAbove(text, bid));
  return hit?.yuan != null && hit.yuan >= MIN_UNLABELLED_YUAN ? hit.yuan : null;
}

// A ranking written one bidder a line with the price labelled in the line: "排名1 | 某公司 | 磋商报价：
// ¥318,500.00 | 得分…", "1. 某公司 投标报价：5,986,420.00元". The winner's own line holds its bid.
const BID_IN_LINE = /^[^\n]{0,24}?(?:(?:投标|响应|磋商|谈判|最终|竞价)?(?:总)?报价|投标(?:总)?价)(?:\([^()\n]{0,8}\))?/u;

function bidOnWinnerLine(text: string, name: string): number | null {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    const label = BID_IN_LINE.exec(text.slice(end, end + 40));
    // Another bidder between the name and the label: the price is that one's. A bid before a
    // negotiation or discount (优惠前报价) was replaced.
    if (!label || supplierNamesIn(label[0]).length || BEFORE_A_CHANGE_WORD.test(label[0])) continue;
    const hit = readAmountAfter(text, end + label[0].length, labelMultiplier(label[0]) ?? unitStatedAbove(text, at));
    if (hit?.yuan != null && hit.yuan >= MIN_UNLABELLED_YUAN) return hit.yuan;
  }
  return null;
}

// A ranking with no header row, or run into one line: "1  某公司  412,800.00  92.5\n2  乙公司 …",
// "中标候选人 1 某公司 2,156,780.00 2 乙公司 …". Row 1 is the winner's, and a money-like figure (with
// thousands separators or cents, at least 1000) right after its name is its bid; a score or a
// number of days is neither. A row closed by 第一名 is the winner's too, wherever it stands.
const FIRST_ROW_BEFORE = /(?:^|[\s|])1[ \t|]+$/u;
const MONEY_FIGURE_AFTER = /^[ \t|]+(?:[¥￥]\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{4,10}\.\d{1,2})\s*(万元|元)?(?=$|[\s|])/u;

function figureAfterFirstRowName(text: string, name: string): number | null {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!FIRST_ROW_BEFORE.test(text.slice(Math.max(0, at - 6), at)) && !lineClosedByFirstRank(text, at)) continue;
    const m = MONEY_FIGURE_AFTER.exec(text.slice(at + name.length, at + name.length + 32));
    if (m) return figureYuan(m, 1);
  }
  return null;
}

/** A bid figure matched as (number, unit?): in its own unit, else the column's; too small to be a price is none. */
function figureYuan(m: RegExpExecArray, columnUnit: number): number | null {
  const yuan = m[2] ? parseAmount(`${m[1]}${m[2]}`) : parseAmount(m[1], columnUnit);
  return yuan !== null && yuan >= MIN_UNLABELLED_YUAN ? yuan : null;
}

// A 主要标的信息 row run into one line after the winner's name, its empty cells dropped: "某公司 计算机
// 紫光 Unis526T 156 4780.00 745680". Under a 中标/成交金额 header, three figures in a row where
// quantity × unit price = amount give the amount; the arithmetic is what tells the columns apart.
const LINE_TOTAL_HEADER = /(?:中标|成交)(?:\(成交\))?金额|总价/u;
const PLAIN_FIGURE = /^(?:[¥￥])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,12}(?:\.\d+)?)$/u;
const FIGURE_SEPARATOR = /[\s|]+/u;

function lineTotalAfterName(text: string, name: string): number | null {
  const header = LINE_TOTAL_HEADER.exec(text);
  if (!header) return null;
  const rows = text
    .slice(header.index)
    .split('\n')
    .filter((line) => line.trimStart().startsWith(name));
  if (rows.length !== 1) return null;
  const figures = rows[0]
    .slice(rows[0].indexOf(name) + name.length)
    .split(FIGURE_SEPARATOR)
    .map((cell) => PLAIN_FIGURE.exec(cell))
    .map((m) => (m ? Number(m[1].replace(/,/g, '')) : null));
  for (let i = 0; i + 2 < figures.length; i++) {
    const [quantity, price, amount] = figures.slice(i, i + 3);
    if (quantity === null || price === null || amount === null || quantity < 1) continue;
    if (amount >= MIN_UNLABELLED_YUAN && Math.abs(quantity * price - amount) <= 0.5) return amount;
  }
  return null;
}

// A candidates table laid out by columns: "投标人名称 | A | B | C" over "投标报价(元) | x | y | z".
// The winner's column in the price row below its name row is its price.
const PRICE_ROW_LABEL = /^(?:投标|响应|最终)?(?:总)?报价|^投标(?:总)?价|^(?:中标|成交)(?:金额|价)/u;
const CELL_AMOUNT = /^(?:[¥￥]\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,12}(?:\.\d+)?)\s*(万元|元)?$/u;
const PRICE_ROW_REACH = 4;

function priceInColumn(text: string, name: string): number | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const column = splitCells(lines[i]).indexOf(name);
    if (column < 1) continue;
    for (const line of lines.slice(i + 1, i + 1 + PRICE_ROW_REACH)) {
      const row = splitCells(line);
      if (!PRICE_ROW_LABEL.test(row[0] ?? '')) continue;
      const m = CELL_AMOUNT.exec(row[column] ?? '');
      return m ? figureYuan(m, labelMultiplier(row[0]) ?? 1) : null;
    }
  }
  return null;
}

// "供应商 | 金额" over "某公司 | 186,450.00": a small 成交 table whose money column is headed by a bare
// 金额 (or 价格, 总价) names no 中标/成交 word, so no label finds it. The winner's own row, right under
// the header, holds the amount in that column; its header's unit note (元, 万元) applies.
const AMOUNT_HEADER_CELL = /^(?:合同|总)?(?:金额|价格|总价)(?:\((?:单位[:：]?)?(?:人民币)?(?:万元|元)\))?$/u;
const PARTY_HEADER_CELL = /供应商|投标人|中标人|成交人|单位|公司|名称/u;

function amountBesideWinnerRow(text: string, name: string): number | null {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const row = splitCells(lines[i]);
    const column = row.indexOf(name);
    if (column < 0) continue;
    const header = splitCells(lines[i - 1]);
    if (header.length !== row.length || !PARTY_HEADER_CELL.test(header[column])) continue;
    const money = header.findIndex((cell) => AMOUNT_HEADER_CELL.test(cell));
    if (money < 0 || money === column) continue;
    const yuan = cellAmount(row[money], labelMultiplier(header[money]) ?? 1);
    if (yuan !== null && yuan >= MIN_UNLABELLED_YUAN) return yuan;
  }
  return null;
}
