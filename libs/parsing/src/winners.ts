import { SERVICE_TAKER_LABEL } from './social-service-purchase';
import { markedQuoteWinner } from './marked-row';
import { DRAWN_LABEL } from './drawn-winner';
import { addressedWinner } from './addressed-winner';
import { countAfterLabel } from './candidate-count';
import { nameFieldBelowRank } from './rank-heading';
import { nameBeforeRankAtLineEnd } from './rank-at-line-end';
import { winnerDecidedByRank } from './rank-decided';
import { consortiumBeforeNote } from './noted-consortium';
import { decodeBidderNumber, winnerByNumber } from './bidder-numbers';
import { quotesFormerResult } from './former-result';
import { nextAfterWithdrawn, withdrawnName } from './withdrawn-candidate';
import { labelOrdinalLength, laterCandidateNumber } from './label-ordinal';
import { namesParticipants } from './participant-label';
import { wrappedNameAt } from './wrapped-name';
import { villagerContractor } from './villager-contractor';
import { barePersonAt } from './bare-person-winner';
import { decidedAs, wonAtPriceIn, wonByIn } from './prose-winners';
import { AGENCY_NAME, serviceBodyIn } from './winner-names';
import { dropNameNote, personAt, readOrgAt, supplierNamesIn } from './org-names';
import {
  CONSORTIUM_JOIN,
  CONSORTIUM_LEADER,
  CONSORTIUM_NOTE,
  GROUP_WORD,
  membersByRole,
  membersOfCell,
  oneConsortium,
  withoutGroupWords,
} from './consortium';
import { isRankField, nameAboveRankField } from './rank-field';
import { rankedRow } from './result-table';
import { candidatesOnePerLot } from './lot-candidates';
import { decidedBlockNames } from './decided-block';
import { decidedListNames } from './decided-list';
import { cellsBelow, splitCells } from './table-cells';
import {
  FIELD_VALUE_AFTER,
  LABEL_ENDS_LINE,
  LIST_MARK,
  LOT_WINNER_LINE,
  membersBelowNotedLeader,
  namesAfterSemicolons,
  namesOnLinesBelow,
  numberedNames,
  serviceBodyAt,
} from './label-value-lists';

// Who won: the named winner of each lot (中标人, 成交供应商…); for a candidates notice the first
// candidate of each lot. Later candidates (第二名…) are never winners.
// 得标厂商 is how Taiwan-style notices name the winner, 判给公司 how Macau's do (判给实体 is the buyer).
// A framework agreement (框架协议, 入围) admits several suppliers, all of them winners: 入围供应商 (入围人),
// or 入围 right before its list ("以下单位入围(排名不分先后):A、B、C"); a selection's result heading
// its list (入围结果, 入选单位名单, 入围名单如下, 遴选结果(排名不分先后):) names every supplier on it.
// Goods bought under a standing agreement name theirs 协议供货商 (入围协议供货商) as a field.
// 未中标供应商, 未成交单位, 落选供应商 name the bidders who lost.
// Services are won by a 中标服务商 or 成交机构 as well.
// 拟中选企业 names each maker chosen in a volume-based purchase (带量采购), one a product; 定点维修单位,
// 定点保险机构, 定点印刷服务单位 name every supplier a buyer's designated-supplier (定点) result admits.
// A village or town letting small works (发包) names who takes the job as 承包人 (承包单位, 承包方);
// one letting its land, ponds or shops names who rents them as 承租人 (承租方).
// A county choosing where to deposit public funds, or which bank handles its payments, names the
// 中选银行 (中标银行): a bank's branch or a rural credit cooperative (信用社, 信用合作联社).
// A selection of professional firms names the one chosen by its kind: 中选律师事务所, 中标会计师事务所,
// 中选保险公司 (a 定点 insurer), 入选银行, as a field or as the head of a table's column.
// "确定成交供应商如下：\n成交供应商：某公司": 如下 makes the label a heading over what follows.
// A result in traditional script names its winner 得標廠商 or 決標廠商 (决标厂商 once converted).
// Hong Kong's contract notices name who got the contract 承辦商 (獲批出合約的承辦商), as a field or as the
// head of a column listing one contract a row; only awards are read for winners, so a tender's
// "邀請承辦商…" names no one.
// An international tender's result may label its winner in English only: Winning Bidder, Successful
// Tenderer, Awarded Supplier.
// Where a 定标委员会 chooses among the bidders the review let through (评定分离), its 定标结果 field
// names the one chosen, after the list of those let through (进入定标程序的投标人).
// A 中介服务超市 names the firm it chose by its kind too: 中选中介机构.
// A PPP or concession procurement chooses a 社会资本(方), an 投资人 (投建营一体化, 片区开发) or a
// 特许经营者: "成交社会资本：", "中标投资人：", "选定特许经营者：" name the winner as 中标人 does, as a
// field only ("与成交社会资本方按2:8比例出资" is a sentence about it).
// A purchase of services from social organisations names who delivers it 承接主体 (social-service-purchase.ts).
// A bond issuer's selection names the securities firms it chose by their role (主承销商, 联席主承销商), and a
// 大病保险 let to insurers jointly names each by its share of the risk (主承办, 共保方): each is a winner,
// as a field only.
const WINNER_LABEL_WORDS =
  /(?<![未落])(?:中标|成交|中选|得标|决标)(?:\(成交\))?(?:中介)?(?:人|单位|供应商|供货商|候选供应商|服务商|厂商|企业|机构|银行|(?:律师|会计师|税务师|造价师|资产评估)?事务所|保险(?:公司|机构))(?:名称|名单)?(?:如下)?|定点[\p{Script=Han}]{0,6}?(?:单位|机构|供应商|服务商)(?:名称|名单)?|供应商名称|(?:中标|成交)方(?:名称)?|(?<![发分])承包(?:人|单位|方)(?:名称)?|(?<![出])承租(?:人|方)(?:名称)?|判给(?:公司|厂商|承揽商)|(?<![未落])承办商(?:名称)?|(?<![未落])(?:入围|入选)(?:协议)?(?:人|供应商|供货商|单位|企业|机构|银行|(?:律师|会计师|税务师|造价师|资产评估)?事务所|保险(?:公司|机构))(?:名称|名单)?(?:如下)?|协议(?:供货|供应)(?:商|单位)(?:名称|名单)?(?=[ \t]*(?:\([^()\n]{0,12}\))?[ \t]*[:：])|入围(?=\s*(?:\([^()\n]{0,10}\))?\s*[:：])|(?:入围|入选|遴选)(?:结果|名单)(?:如下)?(?=[ \t]*(?:\([^()\n]{0,12}\))?[ \t]*[:：])|定标结果(?=[ \t]*[:：])|(?:[Ww]inning|[Ss]uccessful) (?:[Bb]idder|[Tt]enderer|[Ss]upplier)(?=[ \t]*[:：])|[Aa]warded [Ss]upplier(?=[ \t]*[:：])|[Bb]id [Ww]inner(?=[ \t]*[:：])|(?<![未落])(?:中标|成交|中选|选定)(?:的)?(?:社会资本(?:方)?|投资人|特许经营者)(?=[ \t]*(?:\([^()\n]{0,8}\))?[ \t]*[:：])|(?<![未落拟])(?:联席)?主承销商(?=[ \t]*[:：])|(?<![未落拟])(?:主承办|共保)(?:方|机构|人)?(?=[ \t]*[:：])/gu;
const WINNER_LABEL = new RegExp(`${WINNER_LABEL_WORDS.source}|${SERVICE_TAKER_LABEL.source}`, 'gu');
// A rank given as a number before its own colon ("排序1：某公司", "排名 1：…") opens a candidate's line too.
// "推荐的中标候选人第一名" is a rank heading its block: the rank, not the words before it, is the label.
const FIRST_CANDIDATE =
  /(?:中标|成交|中选)?候选人\s*\(第[一1]名?\)|第[一1](?:中标|成交|中选)?候选人(?:名称)?|(?:中标|成交)候选人第[一1]名|排名第[一1](?:的)?(?:中标候选人)?|第[一1]名|(?:排序|排名|名次)[ \t]*[1一](?=[ \t]*[:：])|(?:投标|评标|中标)结果为|推荐(?:的)?(?:中标|成交)候选人(?:为)?(?![ \t]*第[一二三1-3]名)/gu;
const ANY_CANDIDATE = /(?:中标|成交|中选)候选人(?:名称)?/gu;
// Header words of flattened result tables, blanked so they never join a name.
const HEADER_WORDS =
  /中标人信息|中标\(成交\)信息|成交信息|供应商(?:名称|地址|编码)|(?:统一)?(?:社会)?信用代码|组织机构代码|(?:中标|成交)(?:\(成交\))?(?:金额|价格?)(?:\([^)]*\))?|投标报价|序号|包号|标项名称|地址|报价时间|(?:货物|服务|产品|标的|商品)?(?:名称|品牌|规格型号|型号|数量|单价|总价|单位|规格)(?:\([^)]*\))?/gu;
// A label that names the notice or a list, not a value: 中标候选人公示, 中标人的.
// 中标供应商地址 is a column of its own.
const NOT_A_FIELD = /^(?:公示|公告|结果|名单|的|推荐|确定|放弃|资格|地址|联系)/u;
// An excerpt may begin past its label: "某公司供应商地址:…" still names the winner.
const NAME_BEFORE_ADDRESS = /供应商地址/u;
// A lot's section, the next candidate or the losers' heading (未得标厂商, 未中标供应商) ends the search
// for a name.
const SECTION_END = /[一二三四五六七八九十]、|第[二三2-3](?:中标|成交)?(?:候选人|名)|主要标的|(?:未|落)(?:中标|成交|得标|中选|选)/u;
const WINDOW = 160;
const NOTED_NAME_REACH = 60;

// A listed company announcing its own win: "某某股份有限公司(以下简称“公司”)收到…中标通知书".
const SELF_ANNOUNCED = /([^\s，。,:：;；()]{4,40}?公司)\s*\(以下简称[“"]?(?:公司|本公司)[”"]?\)/u;
const NOT_THE_WINNER_BEFORE = /(?:品牌|制造商|生产厂家|厂商)[:：]?\s*$|受$/u;
const NOT_THE_WINNER_AFTER = /^(?:的)?委托/u;
const WORKS_AFTER = /^(?!(?:\([^()]{1,20}\))?(?:为|被|的)?(?:中标|成交|中选|入围|得标))\p{Script=Han}/u;
const OTHER_PARTY_LINE = /代理|采购人|招标人|建设单位|联系|品牌|制造商/u;

/**
 * Winners as written, in order and without repeats; empty when none is named. `exclude` are
 * names known to be other parties (buyer, agency), never taken as the fallback winner.
 */
export function readWinnersOf(text: string, exclude: ReadonlyArray<string | null>): string[] {
  return passOverWithdrawn(text, readWinnersOrFallback(text, exclude)).flatMap(membersOfCell);
}

// The first candidate read may be one noted as having given up its place: the next one named is the
// winner.
function passOverWithdrawn(text: string, found: string[]): string[] {
  if (found.length !== 1) return found;
  const base = withdrawnName(found[0]);
  if (base === null) return found;
  return [nextAfterWithdrawn(text, found[0]) ?? base];
}

/**
 * A winner's name as it is shown and stored. Text taken from a PDF spaces out characters of a name
 * ("大连海拓建设 工 程有限公司"); no Chinese name has a space between two of its characters. (The award
 * is read beside the name as written, so this is applied after it.)
 */
export function closeHanSpaces(name: string): string {
  return name.replace(/(?<=\p{Script=Han})[ \t]+(?=\p{Script=Han})/gu, '');
}

function readWinnersOrFallback(text: string, exclude: ReadonlyArray<string | null>): string[] {
  const found = readWinners(text);
  if (found.length) return found;
  const villager = villagerContractor(text);
  if (villager) return [villager];
  const self = SELF_ANNOUNCED.exec(text);
  if (self && /中标通知书|成交通知书/u.test(text)) return [self[1]];
  // A bidders table with a rank column (排序, 名次) anywhere in it: the row ranked first.
  const ranked = rankedRow(text);
  const rankedName = ranked?.by === 'rank' ? readOrgAt(ranked.name, 0, 'supplier') : null;
  if (rankedName) return [rankedName];
  // A ranking by bidder number ("排序 | 投标人编号 | 报价\n1 | 03 | …"): the name the list gives the
  // first-ranked number.
  const decoded = ranked?.by === 'rank' ? decodeBidderNumber(text, ranked.name.trim()) : null;
  if (decoded) return [decoded];
  const marked = markedQuoteWinner(text);
  if (marked) return [marked];
  // A result notice names its winner; in an excerpt cut before the label, the first supplier
  // that is neither the buyer nor an agency is the one.
  const others = new Set(exclude.filter((x): x is string => !!x));
  const flat = text.replace(HEADER_WORDS, '|');
  const first = supplierNamesIn(flat).find((n) => {
    if (AGENCY_NAME.test(n) || others.has(n) || [...others].some((o) => o.includes(n))) return false;
    const at = text.indexOf(n);
    // A brand or maker is not the winner; "受某公司委托" names the buyer; a body the title opens with,
    // the works or goods following it ("某污水处理厂提标改造设备采购…"), is where they go.
    return (
      !(at === 0 && WORKS_AFTER.test(text.slice(n.length, n.length + 8))) &&
      !NOT_THE_WINNER_BEFORE.test(text.slice(Math.max(0, at - 8), at)) &&
      !NOT_THE_WINNER_AFTER.test(text.slice(at + n.length, at + n.length + 6))
    );
  });
  return first ? [first] : [];
}

/** Winners named by labels, tables or candidate rankings; empty when none is. */
export function readWinners(text: string): string[] {
  // A letter of award names the winner it is addressed to; a winner named by its bidder number is
  // the name the notice's list gives that number.
  const addressee = addressedWinner(text) ?? winnerByNumber(text);
  if (addressee) return [addressee];
  // "供应商名称 | 最终报价 | 是否成交": only the row marked 是 won, whatever other labels list.
  const decided = rankedRow(text);
  const decidedName = decided?.by === 'decided' ? readOrgAt(decided.name, 0, 'supplier') : null;
  if (decidedName) return [decidedName];
  // A table of several lots ranking each lot's bidders: the first of each lot.
  if (decided?.by === 'rank' && decided.names.length > 1) {
    const firsts = decided.names.map((n) => readOrgAt(n, 0, 'supplier')).filter((n): n is string => n !== null);
    if (firsts.length === decided.names.length) return firsts;
  }
  const decidedBlocks = decidedBlockNames(text);
  if (decidedBlocks.length) return decidedBlocks;
  const decidedInProse = decidedAs(text);
  if (decidedInProse.length) return decidedInProse;
  const decidedListed = decidedListNames(text);
  if (decidedListed.length) return decidedListed;
  const byRank = winnerDecidedByRank(text);
  if (byRank) return [byRank];
  const wonAtPrice = wonAtPriceIn(text);
  if (wonAtPrice.length) return wonAtPrice;
  const wonBy = wonByIn(text);
  if (wonBy.length) return wonBy;
  const drawn = namesAfter(text, DRAWN_LABEL, true);
  if (drawn.length) return drawn;
  const named = namesAfter(text, WINNER_LABEL, true);
  if (named.length) return named;
  const first = namesAfter(text, FIRST_CANDIDATE, true);
  if (first.length) return first;
  // "中标候选人情况：" over a table with a rank column: the row ranked first, wherever it stands.
  // A person noted as one (王某(自然人)) may be the row ranked first of a small works' quotes.
  const rankedName = decided?.by === 'rank' ? (readOrgAt(decided.name, 0, 'supplier') ?? personAt(decided.name, 0)) : null;
  if (rankedName) return [rankedName];
  const candidates = namesAfter(text, ANY_CANDIDATE, false);
  // Candidates listed one after another are a ranking (the first won), unless they form one consortium;
  // one to a lot's block, each is that lot's.
  const perLot = candidatesOnePerLot(text);
  if (perLot) {
    const lotCandidates = namesAfter(text, ANY_CANDIDATE, true);
    if (lotCandidates.length === perLot) return lotCandidates;
  }
  if (candidates.length) return oneConsortium(text, candidates) ? candidates : candidates.slice(0, 1);
  const lots = lotWinners(text);
  if (lots.length) return lots;
  // "联合体牵头人：A\n联合体成员：B" with no winner's label above: the consortium is the one named.
  const leader = CONSORTIUM_LEADER.exec(text);
  if (leader) {
    const members = membersByRole(text, text.lastIndexOf('\n', leader.index) + 1);
    if (members.length > 1) return members;
  }
  const address = NAME_BEFORE_ADDRESS.exec(text);
  const before = address ? supplierNamesIn(text.slice(Math.max(0, address.index - 60), address.index)).pop() : undefined;
  return before && text.slice(address!.index - before.length, address!.index) === before ? [before] : [];
}

// "某公司 | 326.8564 | 120 | 第一名": a rank closing a table row is that row's cell, not a label for the
// name on the next line.
const ROW_CELL_BEFORE = /\|[ \t]*$/u;
const ROW_END_AFTER = /^[ \t|]*(?:\n|$)/u;

function isLastCellOfRow(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return ROW_CELL_BEFORE.test(text.slice(lineStart, start)) && ROW_END_AFTER.test(text.slice(end, end + 8));
}

// "推荐中标候选人如下：第一中标候选人为某公司…", "推荐成交候选供应商排序如下：第一名：某公司": a label whose value opens with a rank of its own heads
// the ranking; the ranked labels inside it name the candidates, so the heading names none itself.
// Only a value after a colon or 如下 counts: rank headers side by side (第一中标候选人 | 第二中标候选人)
// are columns of a table.
const RANKS_UNDER_HEADING =
  /^[ \t]*及?(?:(?:排序|排名|名次|顺序|名单)?(?:如下|为)?[ \t]*[:：]|(?:排序|排名|名次|顺序|名单)?如下)\s*(?:推荐)?(?:第[一二三1-3]名|排名第[一二三1-3]|第[一二三1-3](?:中标|成交|中选)?候选人)/u;

// "推荐的中标候选人依次为：甲公司、乙公司、丙公司": words saying the list is in rank order stand between
// the label and the names.
const IN_ORDER_WORDS = /^[ \t]*(?:依次|分别|按序|排序|排名)(?:为|是)[ \t]*[:：]?[ \t]*/u;

// "中标供应商：\n主承办：甲公司\n共保方：乙公司": a label with nothing after it heads the labelled lines below,
// which name the winners themselves.
const HEADING_OVER_LABELS = new RegExp(`^[ \\t]*[:：]?[ \\t]*\\n[ \\t]*(?:${WINNER_LABEL.source})`, 'u');

function namesAfter(text: string, label: RegExp, everyLot: boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(label)) {
    if (laterCandidateNumber(m[0], text, m.index + m[0].length)) continue;
    const labelEnd = m.index + m[0].length + (label === WINNER_LABEL ? labelOrdinalLength(text, m.index + m[0].length) : 0);
    const counted = labelEnd + countAfterLabel(text, labelEnd);
    const afterLabel = counted + (IN_ORDER_WORDS.exec(text.slice(counted, counted + 12))?.[0].length ?? 0);
    const end = label === FIRST_CANDIDATE ? afterLabel + nameFieldBelowRank(text, afterLabel) : afterLabel;
    if (NOT_A_FIELD.test(text.slice(end, end + 4))) continue;
    if (label === WINNER_LABEL && HEADING_OVER_LABELS.test(text.slice(end, end + 40))) continue;
    if (RANKS_UNDER_HEADING.test(text.slice(end, end + 24))) continue;
    if (quotesFormerResult(text, m.index) || namesParticipants(text, m.index)) continue;
    if (namesOtherBidders(text, m[0], end)) continue;
    if (wordInAnotherValue(text, m.index, end)) continue;
    if (label === FIRST_CANDIDATE && isLastCellOfRow(text, m.index, end)) continue;
    const lineName = label === FIRST_CANDIDATE ? nameBeforeRankAtLineEnd(text, m.index, end) : null;
    if (lineName) {
      if (!out.includes(lineName)) out.push(lineName);
      if (!everyLot) break;
      continue;
    }
    // "排名：第一名" closing a bidder's block: the name is the block's, above it.
    if (label === FIRST_CANDIDATE && isRankField(text, m.index)) {
      const above = nameAboveRankField(text, m.index);
      if (above && !out.includes(above)) out.push(above);
      if (!everyLot && out.length) break;
      continue;
    }
    // "某公司 | 396,250.00 | 1 | 确定为中选单位": after 为 the label says what the name before it
    // became; the name on the line after it is some other bidder. "确定为中标人：某公司" is a label still.
    if (PREDICATE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) && !FIELD_VALUE_AFTER.test(text.slice(end, end + 12))) {
      const before = nameBeforeOnLine(text, m.index);
      if (before && !out.includes(before)) out.push(before);
      if (!everyLot && out.length) break;
      continue;
    }
    // "甲公司(第一名)、乙公司(第二名)": a rank in brackets is a note on the name right before it, also
    // when the note goes on with the bid ("甲公司(第一名，报价…元)").
    if (text[m.index - 1] === '(' && (text[end] === ')' || RANK_NOTE_GOES_ON.test(text.slice(end, end + 48)))) {
      const group = consortiumBeforeNote(text, m.index - 1);
      const before = group ?? supplierNamesIn(text.slice(Math.max(0, m.index - 1 - NOTED_NAME_REACH), m.index - 1)).pop();
      if (before && text.slice(m.index - 1 - before.length, m.index - 1) === before && !out.includes(before)) out.push(before);
      if (!everyLot && out.length) break;
      continue;
    }
    const listed = LIST_HEADING.test(m[0]) ? tableUnderHeading(text, end) : [];
    for (const name of listed.length ? listed : namesAt(text, m.index, end, label === WINNER_LABEL))
      if (!out.includes(name)) out.push(name);
    if (!everyLot && out.length) break;
  }
  return out;
}

const GROUP_OPENS = /^(?:由|联合体\s*\()/u;

const RANK_NOTE_GOES_ON = /^[，,、;；][^()\n]{1,44}\)/u;

// "1. 某公司：报价高于成交供应商", "乙公司(报价高于成交供应商)、丙公司": a winner's label run into the
// words before it, closing its line after a field's own colon or closing a bracket note, is a word
// of that value or note (why a bidder lost), not a label over the name after it.
const LINE_ENDS_AFTER = /^[ \t]*(?:\n|$)/u;
const VALUE_BEFORE_ON_LINE = /[:：][^\n]*\p{Script=Han}$/u;
const NOTE_BEFORE_ON_LINE = /\([^()\n]*\p{Script=Han}$/u;

function wordInAnotherValue(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (text[end] === ')') return NOTE_BEFORE_ON_LINE.test(before);
  return LINE_ENDS_AFTER.test(text.slice(end, end + 8)) && VALUE_BEFORE_ON_LINE.test(before);
}

// "入围结果：" over a table ("序号 | 响应人名称 | 折扣率 | 得分"): a selection admits every row of the
// table's bidder column, whatever scores or ranks stand beside it.
const LIST_HEADING = /入围|入选|遴选/u;
const BIDDER_CELL = /供应商|响应人|投标人|单位名称|企业名称|公司名称|候选人/u;

function tableUnderHeading(text: string, labelEnd: number): string[] {
  LABEL_ENDS_LINE.lastIndex = labelEnd;
  if (!LABEL_ENDS_LINE.test(text)) return [];
  const start = LABEL_ENDS_LINE.lastIndex;
  const end = text.indexOf('\n', start);
  if (end < 0) return [];
  const header = text.slice(start, end);
  const cell = BIDDER_CELL.exec(header);
  if (!cell || splitCells(header).length < 2) return [];
  return cellsBelow(text, start + cell.index)
    .map((c) => readOrgAt(c, 0, 'supplier'))
    .filter((n): n is string => n !== null);
}

// "供应商名称 | 投标报价 | 得分 | 名次": a bare 供应商名称 heading a column beside scores or ranks lists
// every bidder, not the winners; the ranked row or a winner's own label says who won. Under a
// heading of the bidders who lost ("未中标供应商情况：\n供应商名称 | 未中标原因") or of the others who
// bid ("其他参与报价供应商："), or beside a column of reasons, it lists those who lost.
const SCORE_COLUMN = /得分|评分|排名|名次|排序|原因|理由/u;
// The rank column may stand before it ("排名 供应商名称 首次报价 最终报价"): a cell of its own then.
const RANK_CELL_BEFORE = /(?:^|[\s|])(?:综合|最终|得分)?(?:排名|名次|排序)[ \t]*[|\t ][ \t|]*$/u;
// A heading of the other bidders (其他参与报价供应商, 其余投标人) lists those beside the winner.
const LOSERS_HEADING =
  /未(?:中标|成交|中选|入围)|落选|被否决|否决投标|无效投标|(?:其他|其余)(?:参与|参加)?(?:报价|投标|响应|磋商|谈判|询价)?(?:供应商|投标人|响应人|单位|报价人)/u;

function namesOtherBidders(text: string, label: string, end: number): boolean {
  if (label !== '供应商名称') return false;
  const lineEnd = text.indexOf('\n', end);
  if (SCORE_COLUMN.test(text.slice(end, lineEnd < 0 ? text.length : Math.min(lineEnd, end + 80)))) return true;
  const lineStart = text.lastIndexOf('\n', end - label.length - 1) + 1;
  if (RANK_CELL_BEFORE.test(text.slice(lineStart, end - label.length))) return true;
  const lineAbove = text.slice(text.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1, lineStart);
  return LOSERS_HEADING.test(lineAbove) || LOSERS_HEADING.test(text.slice(lineStart, end));
}

// "入围供应商(共12家)：A、B、…、L": a framework's list may run past what one value is read to, so
// the whole line is split at 、/； and kept when every item is a name and nothing else.
const LIST_LINE_REACH = 1500;
const LIST_LEAD = /^[ \t]*(?:\([^()\n]{0,12}\))?[ \t]*[:：]?[ \t]*/u;

function namesListedOnLine(text: string, labelEnd: number): string[] {
  const rest = text.slice(labelEnd, labelEnd + LIST_LINE_REACH);
  const lead = LIST_LEAD.exec(rest)?.[0] ?? '';
  const line = rest
    .slice(lead.length)
    .split('\n')[0]
    .replace(/[。.]\s*$/u, '')
    .trim();
  // "由A、B、C组成的联合体": the members are the list.
  const parts = withoutGroupWords(line)
    .split(LIST_MARK)
    .map((p) => p.trim());
  // "牵头人：A；成员：B" are fields, each with its own label, not a list of names.
  if (parts.length < 2 || parts.some((p) => /[:：]/u.test(p))) return [];
  const names = parts.map((p) => readOrgAt(p, 0, 'supplier'));
  return names.every((n, i) => n !== null && n === dropNameNote(parts[i]) && !AGENCY_NAME.test(n)) ? (names as string[]) : [];
}

// The value right after the label; else the cells under it in a table; else the first
// supplier-like name shortly after, with table header words blanked out.
function namesAt(text: string, labelStart: number, labelEnd: number, everyRow: boolean): string[] {
  // "入围供应商:" ending its line, then "1.A" "2.B" (or "A" "B"): one name a line.
  if (everyRow) {
    const listed = numberedNames(text, labelEnd);
    if (listed.length > 1) return listed;
    const inLine = namesListedOnLine(text, labelEnd);
    if (inLine.length > 1) return inLine;
  }
  const roles = membersByRole(text, labelEnd);
  if (roles.length > 1) return roles;
  const person = personAt(text, labelEnd) ?? barePersonAt(text, labelStart, labelEnd);
  if (person) return [person];
  const direct = wrappedNameAt(text, labelEnd) ?? readOrgAt(text, labelEnd, 'supplier') ?? serviceBodyAt(text, labelEnd);
  // "中标人:A、B": several names after one label.
  const separator = direct && (LIST_MARK.test(direct) ? LIST_MARK : CONSORTIUM_JOIN.test(direct) ? CONSORTIUM_JOIN : null);
  if (direct && separator) {
    // "由A和B组成的联合体": the 由 that introduces the members is not part of the first name, nor is
    // the group word opening a bracket around them ("联合体(A+B)").
    const parts = direct.split(separator).map((part) => part.replace(GROUP_WORD, '').replace(GROUP_OPENS, ''));
    const listed = parts.map((part) => readOrgAt(part, 0, 'supplier')).filter((n): n is string => n !== null);
    // A consortium wins as one: all its members are the winner, even where only one candidate counts.
    const consortium = separator === CONSORTIUM_JOIN || CONSORTIUM_NOTE.test(text.slice(labelEnd, labelEnd + direct.length + 40));
    if (listed.length === parts.length) return everyRow || consortium ? listed : listed.slice(0, 1);
  }
  if (direct) {
    const members = membersBelowNotedLeader(text, labelEnd, direct);
    if (members.length) return [direct, ...members];
    const below = namesOnLinesBelow(text, labelEnd, direct);
    if (below.length) return [direct, ...below];
    return everyRow ? [direct, ...namesAfterSemicolons(text, labelEnd, direct)] : [direct];
  }
  // Under a winner's column a cell may hold a person (张某(自然人)) or a public body (某地质大队).
  const cells = cellsBelow(text, labelStart)
    .map((c) => personAt(c, 0) ?? readOrgAt(c, 0, 'supplier') ?? serviceBodyIn(c))
    .filter((c): c is string => c !== null);
  if (cells.length) return cells;
  let window = text.slice(labelEnd, labelEnd + WINDOW);
  const end = SECTION_END.exec(window);
  if (end) window = window.slice(0, end.index);
  // A table with one cell a line lists one winner a row: the first name of each line counts,
  // unless the line belongs to another party.
  const rows = window
    .split('\n')
    .filter((line) => !OTHER_PARTY_LINE.test(line))
    .map((line) => supplierNamesIn(line.replace(HEADER_WORDS, '|'))[0])
    .filter((n): n is string => n !== undefined && !AGENCY_NAME.test(n));
  return everyRow ? [...new Set(rows)] : rows.slice(0, 1);
}

// Winners of lots written one a line after each lot's name ("第2包 学生床：某公司，中标价…"); a lot
// that failed ("包2：废标") names nobody and is passed over.
// A note in brackets after the name (小微企业) ends it as a cell gap does.
const CELL_ENDS = /^(?:[ \t|(]|\n|$)/u;
function lotWinners(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LOT_WINNER_LINE)) {
    const at = m.index + m[0].length;
    const name = readOrgAt(text, at, 'supplier');
    // Without a colon the cell after the lot is the name and nothing else.
    const cell =
      /[:：]$/u.test(m[0]) ||
      (name && !/\s/u.test(name) && text.startsWith(name, at) && CELL_ENDS.test(text.slice(at + name.length, at + name.length + 2)));
    if (name && cell && !AGENCY_NAME.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

// "确定为中标人", "被推荐为成交供应商", "列为中选单位": the label is what the name before it was made.
const PREDICATE_BEFORE = /(?:确定|确认|推荐|列|选定|拟定|定)为$|被?(?:确定|推荐|选定)为(?:本项目)?$/u;
const PREDICATE_REACH = 120;

// "经评审，某市人民医院以综合得分第一名被确定为成交供应商": a public body has no supplier's suffix to be
// found by; the clause before the predicate (up to 以 or 被, what made it so) is its name.
const CLAUSE_SUBJECT = /([^，,。；;：:\n]{4,40}?)(?:以[^，,。；;：:\n]{0,30})?被?(?:确定|确认|推荐|列|选定|拟定|定)为(?:本项目)?$/u;

function nameBeforeOnLine(text: string, at: number): string | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - PREDICATE_REACH), at);
  const name = supplierNamesIn(before).pop();
  if (name) return AGENCY_NAME.test(name) ? null : name;
  const subject = CLAUSE_SUBJECT.exec(before)?.[1].trim();
  const body = subject ? serviceBodyIn(subject) : null;
  return body === subject ? body : null;
}
