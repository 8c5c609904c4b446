import { unitStatedAbove } from './amount-reader';
import { HEADER_TAIL_CELL, cellAt, splitCells } from './table-cells';

/** The row of a bidders table that won or ranked first: who, and what was bid. */
export interface RankedRow {
  name: string;
  /** The price cell as written ("7,489,263.18", "费率:2.6%"), with the unit its header named. */
  price: string | null;
  unitYuan: number;
  /** How the row was chosen: its rank, a 是否成交 mark, or first under a 中标/推荐 column. */
  by: 'rank' | 'decided' | 'first';
  /**
   * Bidders of every row chosen the same way, in order: one a lot when a table of several lots
   * ranks each lot's bidders ("标段(包) | 排名 | 中标候选人 | 投标报价"), or marks several 是.
   */
  names: string[];
}

// A table of bidders has a bidder column and a price column; the first ranked or chosen row won.
// 磋商 and 框架协议 call their bidders 响应人 (响应单位); some tables head the column 企业名称; a 比选
// (small works, state firms) calls them 比选单位, 参选单位 or 比选申请人 (比选人 is the buyer). A result
// table may head the column by the outcome itself: 中标人, 成交单位, 中选人 (carriers' 份额 tables); a
// 比价 or 竞价 by who quoted: 报价单位, 报价人 (a header that also names the price column, so the price
// is looked for among the other cells).
const BIDDER_HEADER =
  /投标人|供应商|单位名称|投标单位|候选人|公司名称|投标方|响应人|响应单位|企业名称|比选单位|参选单位|比选申请人|(?:中标|成交|中选)(?:人|单位)|报价(?:单位|人|方)/u;
const PRICE_HEADER = /报价|投标(?:总)?价|中标价|成交价|中标金额|成交金额/u;
// Tables of 公路/水运 candidates may give only the evaluated price (评标价, 评审价); it is read when no
// column gives the bid itself.
const EVALUATED_PRICE_HEADER = /评(?:标|审)(?:总)?价(?!格)/u;
// A 谈判 or 磋商 asks for more than one quote, and its table may give each round its own column
// ("首次报价 | 最终报价", "第一轮报价 | 二次报价"): the bid the supplier won at is the last round's.
const LAST_ROUND_HEADER = /(?:最终|最后|末轮|二次|第二轮)报价/u;
// Columns about a bidder that are not its name: where it is, its codes and numbers, its people.
const NOT_THE_NAME = /地址|代码|编号|序号|负责人|经理/u;
const BIDDER_NUMBER_HEADER = /^(?:投标人|投标单位|供应商|响应人)(?:编号|代码)$/u;
// A rank column may say what it ranks by: 综合排名, 得分排序, 排名顺序, 中标候选人排名.
const RANK_HEADER = /^(?:(?:综合|得分|评分|评审|最终)?(?:名次|排名|排序|排名顺序|推荐顺序)|(?:中标|成交)?候选人(?:排序|排名))$/u;
const RANK_WORD = /名次|排名|排序|推荐顺序/u;
// A column of outcomes says the same: "成交结果" over 成交 and 未成交, "评审结果" over 中选.
// A 询价 table may give the panel's conclusion instead: "评审结论" over 推荐成交 and 通过.
const DECIDED_HEADER = /^(?:是否(?:中标|成交|中选|入围)|中标|成交|中选|(?:中标|成交|中选|评审|竞价|比价|询价)?(?:结果|结论))$/u;
const FIRST_RANK = /^(?:1|第[一1](?:名|中标候选人)?|一)$/u;
const RANK_CELL = /^(?:第[一二三四五六七八九十\d]{1,2}(?:名|(?:中标|成交|中选)?候选人)|[一二三四五六七八九十]|排名第[一二三四五\d]名?)$/u;
const REMARK_HEADER = /^(?:备注|说明|情况说明)$/u;
const WINNER_REMARK = /^(?:(?:递补|确定)?为?(?:中标|成交|中选)(?:人|单位|供应商)?|递补(?:中标|成交|中选)(?:人|单位|供应商)?)$/u;
const YES = /^(?:是|√|中标|成交|中选|入围|(?:推荐|拟)(?:中标|成交|中选))$/u;
const MAX_ROWS = 30;
const KEYED_LINE = /[^\s:：|]{1,12}[:：][ \t]*[^\s:：|][^\n]*?[ \t,，;；][ \t]*[^\s:：|]{1,12}[:：][ \t]*[^\s:：|]/u;
// A line that names a lot, right above its own table: "包1", "第二标段:", "标包二(监理)".
const LOT_LINE =
  /^\s*(?:第?[一二三四五六七八九十\d]+(?:标段|包|标包|分标)|(?:合同)?(?:标段|包|标包|分标|包件|标项)[\s(]?[一二三四五六七八九十\d]+)[^\n]{0,20}$/u;

/**
 * Reads flattened result tables ("名次 | 投标人名称 | 投标报价(元) | 工期", "供应商名称 | 最终报价 |
 * 是否成交"): the row ranked first, else the row marked 是, else — when the table has neither
 * column but names a 中标/推荐 bidder column — its first row. Null when there is no such table.
 */
export function rankedRow(text: string): RankedRow | null {
  if (!PRICE_HEADER.test(text) && !RANK_WORD.test(text)) return null;
  const lines = text.split('\n');
  let first: RankedRow | null = null;
  let lineStart = 0;
  for (let i = 0; i < lines.length - 1; lineStart += lines[i].length + 1, i++) {
    if (!(PRICE_HEADER.test(lines[i]) || RANK_WORD.test(lines[i])) || !BIDDER_HEADER.test(lines[i])) continue;
    // "投标人：甲公司 排名：1 投标报价：…": fields with their values, a ranked line, never a header row.
    if (KEYED_LINE.test(lines[i])) continue;
    const found = readTable(text, lines, i, lineStart);
    if (!found) continue;
    // "包1\n排名 | 投标人 | …", "包2\n排名 | 投标人 | …": one ranked table a lot, each lot's first won.
    const lotTable = found.by === 'rank' && i > 0 && LOT_LINE.test(lines[i - 1]);
    if (!first) {
      first = found;
      if (!lotTable) return first;
    } else if (lotTable) {
      for (const name of found.names) if (!first.names.includes(name)) first.names.push(name);
    }
  }
  return first ?? keyedRanking(lines);
}

// A ranking written one bidder a line as "label：value" fields, the rank among them and not
// necessarily first: "投标人：乙公司，投标报价：…，排名：2" over "投标人：甲公司，…，排名：1".
// A comma before three digits groups thousands ("1,234,567.00"); elsewhere it ends a field. One space
// ends a field too where the next "key：" begins ("投标人：甲公司 排名：1 投标报价：…").
const FIELD_SPLIT = /[，；;|\t]|,(?!\d{3})|\s{2,}|[ ](?=[^\s:：]{1,8}[:：])/u;
const KEYED_FIELD = /^\s*([^:：\s]{1,12})\s*[:：]\s*(\S[^\n]{0,80})$/u;
const RANK_KEY = /^(?:名次|排名|排序|推荐顺序)$/u;
const MIN_RANKED_LINES = 2;

function keyedRanking(lines: string[]): RankedRow | null {
  const ranked = lines
    .slice(0, MAX_ROWS * 10)
    .map((line) =>
      line
        .split(FIELD_SPLIT)
        .map((field) => KEYED_FIELD.exec(field))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ key: m[1], value: m[2].trim() })),
    )
    .filter((fields) => fields.some((f) => RANK_KEY.test(f.key)));
  if (ranked.length < MIN_RANKED_LINES) return null;
  const row = ranked.find((fields) => fields.some((f) => RANK_KEY.test(f.key) && FIRST_RANK.test(f.value)));
  const bidder = row?.find((f) => BIDDER_HEADER.test(f.key) && !NOT_THE_NAME.test(f.key));
  if (!row || !bidder) return null;
  const price = row.find((f) => f !== bidder && PRICE_HEADER.test(f.key));
  const unitYuan = price && /万元/u.test(price.key) ? 10_000 : 1;
  return { name: bidder.value, price: price?.value ?? null, unitYuan, by: 'rank', names: [bidder.value] };
}

// Tables pasted from a spreadsheet may wrap the header onto a second line ("投标报价    是否" over
// "(元)    成交"): short cells without figures, fewer than the header's, that finish its rightmost cells.

function headerTail(header: string[], line: string | undefined): string[] | null {
  if (line === undefined) return null;
  const tail = splitCells(line);
  if (!tail.length || tail.length >= header.length || !tail.every((c) => HEADER_TAIL_CELL.test(c))) return null;
  const offset = header.length - tail.length;
  return header.map((h, at) => (at < offset ? h : h + tail[at - offset]));
}

function readTable(text: string, lines: string[], i: number, lineStart: number): RankedRow | null {
  const firstLine = splitCells(lines[i]).map(withoutEnglishGloss);
  if (firstLine.length < 3) return null;
  const joined = headerTail(firstLine, lines[i + 1]);
  const header = joined ?? firstLine;
  const rows = rowsUnder(lines, joined ? i + 2 : i + 1, header.length);
  const cell = (row: string[], column: number) => cellAt(header, row, column);
  let rank = header.findIndex((h) => RANK_HEADER.test(h.replace(/\s+/g, '')));
  // "中标候选人排序" names the rank column, not the bidders'; "投标人编号", "供应商序号" number them; a
  // 中标候选人 column of 第一名, 第二名 ranks them, the names standing in another column.
  const ranks = (at: number) => rows.length > 0 && rows.every((r) => RANK_CELL.test(cell(r, at)));
  let bidder = header.findIndex((h, at) => at !== rank && BIDDER_HEADER.test(h) && !NOT_THE_NAME.test(h) && !ranks(at));
  // A ranking that names its bidders only by number ("排序 | 投标人编号 | 投标报价"): the number stands
  // for the name, which a list elsewhere in the notice gives.
  if (bidder < 0) bidder = header.findIndex((h, at) => at !== rank && BIDDER_NUMBER_HEADER.test(h.replace(/\s+/g, '')));
  if (rank < 0) rank = header.findIndex((h, at) => at !== bidder && /候选人|排名|名次/u.test(h) && ranks(at));
  const lastRound = header.findIndex((h, at) => at !== bidder && LAST_ROUND_HEADER.test(h));
  const bidColumn = lastRound >= 0 ? lastRound : header.findIndex((h, at) => at !== bidder && PRICE_HEADER.test(h));
  const price = bidColumn >= 0 ? bidColumn : header.findIndex((h, at) => at !== bidder && EVALUATED_PRICE_HEADER.test(h));
  // A table of scores may rank its bidders without a price column: the rank alone says who is first.
  if (bidder < 0 || (price < 0 && rank < 0)) return null;
  const decided = header.findIndex((h) => DECIDED_HEADER.test(h.replace(/\s+/g, '')));
  // "第一名 | 甲公司 | … | 放弃中标" over "第二名 | 乙公司 | … | 中标人": a remark naming the row the winner
  // outranks the ranking (the first candidate declined).
  const remark = header.findIndex((h) => REMARK_HEADER.test(h.replace(/\s+/g, '')));
  const marked = remark < 0 ? [] : rows.filter((r) => WINNER_REMARK.test(cell(r, remark)));
  let chosen: string[][] = [];
  let by: RankedRow['by'] = 'first';
  if (marked.length) [chosen, by] = [marked, 'decided'];
  else if (rank >= 0) [chosen, by] = [rows.filter((r) => FIRST_RANK.test(cell(r, rank))), 'rank'];
  else if (decided >= 0) [chosen, by] = [rows.filter((r) => YES.test(cell(r, decided))), 'decided'];
  else if (/中标|推荐|成交|中选/u.test(header[bidder])) chosen = rows.slice(0, 1);
  const row = chosen[0];
  if (!row) return null;
  const names = [...new Set(chosen.map((r) => cell(r, bidder)).filter((n) => !!n))];
  const priceCell = price < 0 ? '' : cell(row, price);
  const unitYuan = price < 0 ? 1 : headerUnit(text, lineStart, header[price]);
  return { name: cell(row, bidder), price: priceCell || null, unitYuan, by, names };
}

// The price header names its unit ("投标报价(万元)", "投标总价/万元"), else a line above the table does.
function headerUnit(text: string, headerStart: number, priceHeader: string): number {
  if (/万元/u.test(priceHeader)) return 10_000;
  if (/元/u.test(priceHeader)) return 1;
  return unitStatedAbove(text, headerStart) ?? 1;
}

// A bilingual header puts the English before the Chinese in one cell ("Rank 排名", "Bidder 投标人"):
// the Chinese label is what the column is read by.
const ENGLISH_GLOSS = /^[A-Za-z][A-Za-z .,'/&-]*?\s+(?=\p{Script=Han})/u;

function withoutEnglishGloss(cell: string): string {
  return cell.replace(ENGLISH_GLOSS, '');
}

function rowsUnder(lines: string[], from: number, width: number): string[][] {
  const out: string[][] = [];
  for (const line of lines.slice(from, from + MAX_ROWS)) {
    if (!line.trim()) continue;
    const cells = splitCells(line);
    // A row with other widths is prose or another table: this one ended.
    if (cells.length < width - 1 || cells.length > width + 1) break;
    out.push(cells);
  }
  return out;
}
