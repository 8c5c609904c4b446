import { SERVICE_TAKER_FEE_LABEL } from './social-service-purchase';
import { DRAWN_FEE_LABEL } from './drawn-winner';
import { nameBeforeRankAtLineEnd } from './rank-at-line-end';
import { winnerDecidedByRank } from './rank-decided';
import { labelMultiplier, readAmountAfter, unitStatedAbove } from './amount-reader';
import { parseAmount } from './amounts';
import { quotesFormerResult } from './former-result';
import { separateCreditCodes } from './credit-code';
import { bidAboveRankField, isRankField } from './rank-field';
import { rankedRow } from './result-table';
import { amountBelowRunTogetherHeader, amountInRunTogetherRow } from './run-together-row';
import { cellsBelow } from './table-cells';
import { firstCellBelowVertical } from './vertical-table';
import { firstLotSection, withLotsInOrder } from './lot-order';
import { totalOfOneParty } from './total-row';
import { withdrawalNoted } from './withdrawn-candidate';
import { FIELD_LIST_AWARD_LABEL } from './field-list-label';
import { labelExcludesTax, labelIncludesTax } from './tax-note';
import { labelSaysTotal, lotsOfSeveralWinners } from './lots-total';
import { wanStatedForBareFigure } from './notice-unit';
import { amountBesideWinner } from './winner-amount';
import { BEFORE_A_CHANGE_WORD, cellAmount, MIN_UNLABELLED_YUAN, RATE_CELL } from './award-cells';
import { amountBeforeWinVerb, bidInFirstRankBlock, firstOfBidsInOrder } from './prose-award';
import { estimateLeadsLabel } from './estimated-sum';
import { isLastRoundLabel, lastRoundBidAfter } from './last-round-bid';

// Money that was won, most certain first: a stated total, the award amount of a lot, then the
// bid price of the first candidate. A budget or price ceiling is never read here.
const AWARD_LABELS: readonly RegExp[] = [
  /(?:总|合计)(?:中标|成交)(?:金额|价)(?:合计)?|(?:中标|成交)(?:总金额|总额|总价)(?:合计)?/gu,
  // An excerpt may begin inside the label: "(成交)金额898000元".
  // A direct order from an online mall (电子卖场, 网上商城) states what was bought for as the order's
  // total: "订单金额：…", "订单总金额：￥…".
  // A result written in traditional script names the award 決標金額 (决标金额 once converted).
  // A company's own tender decides (定标) after the evaluation and publishes the sum as 定标金额.
  // A notice in English too: "Winning Price:", "Contract Price:", "Award Price:", "Awarded Amount (RMB):".
  /(?<![A-Za-z])(?:[Ww]inning|[Aa]ward(?:ed)?|[Cc]ontract)(?: [Bb]id)? (?:[Pp]rice|[Aa]mount|[Vv]alue|[Ss]um)(?=\s*(?:\([^()\n]{1,8}\))?\s*[:：])|(?:中标|成交|中选|决标|定标)(?:\(成交\))?(?:合同)?(?:金额|价格|价|额)|(?:^|\n)\(成交\)金额|订单(?:总)?(?:金额|总额|总价)(?=\s*(?:\([^()\n]{1,8}\))?\s*[:：])/gu,
  // A service won at a rate states the fee it comes to under its own name: "中标监理费：986,400.00元".
  // (中标服务费 is the agency's fee charged to the winner, never the award.)
  FIELD_LIST_AWARD_LABEL,
  /(?:中标|成交|中选)(?:设计|监理|勘察|咨询|检测|造价|审计)费(?:用)?(?=\s*(?:\([^()\n]{1,8}\))?\s*[:：])/gu,
  // "中标报价：设计费率72%(…)，设计费暂定1,684,000元": a rate bid, then the fee it comes to on the same line.
  // The rate may be given after 为 in a sentence, and the fee named provisional before its name:
  // "中标费率为监理收费基价的72%，暂定监理费368,000元".
  /(?:中标|成交|中选)(?:报价|费率|价)\s*(?:[:：]|为)[^\n。；;]{0,60}?[，,]\s*(?:暂定|暂估)?(?:设计|监理|勘察|咨询|检测|造价|服务)费(?:用)?(?:暂定|暂估|约)?(?:为|金额)?\s*[:：]?(?=\s*[¥￥]?\s*\d)/gu,
  // "中选价：勘察设计费按收费标准下浮8%，暂定金额468,000.00元": the value names the service's fee and
  // the rate it is charged at, then what that fee comes to for this job ("暂定设计费为：680,000元" names
  // the fee again). (A bare rate followed by
  // "(按实结算，暂定金额…)" names no fee: work ordered as it comes, estimated, never the award.)
  /(?<=(?:中标|成交|中选)(?:报价|费率|价)\s*[:：][^\n。；;，,]{0,30}?(?:设计|监理|勘察|咨询|检测|造价|审计|服务)费[^\n。；;，,]{0,24}?(?:下浮|上浮|优惠|折扣|费率|[%‰])[^\n。；;，,]{0,12}[，,]\s*)(?:暂定|暂估)(?:(?:设计|监理|勘察|咨询|检测|造价|审计|服务)费(?:用)?)?(?:金额|价|总价|费用)?(?:为)?(?=\s*[:：]?\s*[¥￥]?\s*\d)/gu,
  // The same fee on the line below the winning rate: "中标费率：基准价的78%\n暂定设计费：￥1,260,000.00".
  /(?<=(?:中标|成交|中选)(?:报价|价|费率|下浮率|优惠率|折扣率)\s*[:：][^\n]{0,60}\n[ \t]*)(?:暂定|暂估)?(?:设计|监理|勘察|咨询|检测|造价|审计)费(?:用)?(?:暂定|暂估|约)?(?:金额)?(?=\s*(?:\([^()\n]{1,8}\))?\s*[:：])/gu,
  // "第一中标候选人…报价", "排名第一的中标候选人为某公司，投标报价为…", "中标候选人(排名第一)：某公司".
  // "第一中选候选人", "推荐成交候选人：某公司，最终报价…" too.
  // "第一名：某公司\n投标价：(万元) 896.45": 投标价 is the same column under a shorter name.
  // A semicolon before a consortium's member label parts the first candidate's own fields, not two
  // candidates: "第一名：甲公司(联合体牵头人)；联合体成员：乙公司\n投标报价：…".
  // The next candidate's rank ends the stretch, not any 第二: a builder's name often holds one
  // (某集团第二工程有限公司, 中建某局第二建设有限公司).
  /(?:第[一1](?:中标|成交|中选)?候选人|第[一1]名|排名第[一1](?:的|位)?(?:中标|成交|中选)?候选人|候选人\s*\((?:排名|排序|名次)?第[一1]名?\)|推荐(?:的)?(?:中标|成交|中选)候选人\s*[:：为])(?:(?!第[二2](?:中标|成交|中选)?(?:候选人|名))(?:[^。；;]|[；;](?=\s*(?:联合体)?成员))){0,80}?(?:(?:投标|响应|最终)?报价|投标(?:总)?价(?!格))/gu,
  // Where a first candidate's bid is published only as its evaluated price (评标价, 评审价), as 公路
  // and 水运 candidates tables often do, that price is the one it won at.
  // The match is the price's own word, so a table's column under it is found. The lookahead comes
  // first so the look back is made only where the word is, not from every character of the text.
  /(?=评[标审])(?<=第[一1](?:中标|成交|中选)?候选人(?:(?!第[二2](?:中标|成交|中选)?(?:候选人|名))[^。；;]){0,80}?)评(?:标|审)(?:总)?价(?!格)/gu,
  // A numbered list under its heading: "推荐中标候选人：\n1、某公司，投标报价：…"; the heading may
  // name more than the candidates ("成交候选人排序及最终报价：").
  /候选人(?:(?:名单)?[:：]?|[^\n:：]{1,12}(?:[:：]|如下))\s*\n\s*[1一][、.](?:(?!\n\s*[2二][、.])[^。；;]){0,80}?(?:投标|响应)?报价/gu,
  // Small works let by a village or a town state what the job was let for: "承包价：268,500元",
  // "合同价：人民币壹拾贰万元整(￥120,000.00)", "发包金额为35.8万元". Only as a field or after 为.
  // A service won at a rate of the fee scale states the contract's provisional price as its own
  // field: "合同暂定价：420,000元", "暂定合同金额：…".
  /(?:承包|发包|签约|合同)(?:暂定)?(?:总)?(?:金额|价款|价格|价)(?=\s*(?:\([^()\n]{1,8}\))?\s*(?:[:：]|为))|暂定合同(?:总)?(?:金额|价款|价)(?=\s*[:：])/gu,
  DRAWN_FEE_LABEL,
  // The fee below the 承接主体 a 政府购买服务 result names (social-service-purchase.ts).
  SERVICE_TAKER_FEE_LABEL,
  // A result table with one total column: "序号 | 标项名称 | 总价(元) | 中标供应商名称" (kept last:
  // a ranked bidders table is read just before it).
  /总价(?=\()/gu,
];
const UNIT_NOTE = /^\s*\((?:单位[:：]?)?\s*(?:人民币)?\s*(万元|元|亿元)\s*(?:人民币)?\s*\)/u;
// Past a few header cells the first amount with its unit or a currency sign is the value.
// The unit may be bracketed as a cell note: "最终报价:1285000(元)".
const AMOUNT_WITH_UNIT = /(?:[¥￥]\s*(\d[\d,]*(?:\.\d+)?))|(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*(?:(万元|元|亿元)|\((万元|元|亿元)\))/u;
const SECTION_END = /[一二三四五六七八九十]、|主要标的/u;
const WRAPPED_UNIT_NOTE = /^[ \t]*\n[ \t]*\((?:单位[:：]?)?\s*(?:人民币)?\s*(万元|元|亿元)\s*\)[ \t]*(?=\n|\s{2,})/u;
const MIN_AWARD_YUAN = 100;
// A header's line ends, and the next line opens with a row number and a name: "…\n1 | 某公司".
// A spreadsheet paste may wrap the header onto a line of its own first ("成交金额\n    (万元)\n1  某公司").
// Figure cells may stand between the row number and the name when columns of money come first
// ("包号 预算金额(万元) 中标供应商 中标金额(万元)\n1 198 某公司 186.5").
const ROW_NUMBER_BELOW =
  /^[^\n\d]{0,16}(?:\n[ \t]*\([^()\n\d]{1,8}\)[^\n\d]{0,40})?\n[\s|]*\d{1,2}[ \t|]+(?:\d[\d,]*(?:\.\d+)?[ \t|]+){0,3}\p{Script=Han}/u;

/**
 * The award amount in yuan from its label, or null. `skipTotals`: the notice tells several lots won
 * by different suppliers, so a total over them is passed over (see lots-total).
 */
export function readAwardAmount(text: string, skipTotals = false): number | null {
  for (let tier = skipTotals ? 1 : 0; tier < AWARD_LABELS.length; tier++) {
    // A table of bidders ranks them after the labelled amounts and before a bare 总价 column.
    if (tier === AWARD_LABELS.length - 1) {
      const ranked = rankedPrice(text);
      if (ranked !== undefined) return ranked;
      const bid = bidAfterWinner(text);
      if (bid !== null) return bid;
    }
    // An amount noted 不含税 waits for the same amount with tax under a later label (see tax-note).
    let withoutTax: number | null = null;
    for (const m of text.matchAll(AWARD_LABELS[tier])) {
      if (quotesFormerResult(text, m.index)) continue;
      // "预估合同金额：…": what rated or unit-priced work may come to, never what was won.
      if (estimateLeadsLabel(text, m.index)) continue;
      // "投标报价：…\n排名：第一名": the rank closes its bidder's block; the bid above it is the price.
      if (isRankField(text, m.index)) {
        const bid = bidAboveRankField(text, m.index);
        const hit = bid < 0 ? null : readAmountAfter(text, bid, unitStatedAbove(text, bid));
        if (hit?.yuan != null && hit.yuan >= MIN_AWARD_YUAN) return hit.yuan;
        continue;
      }
      // "1、甲公司 投标报价…元 第一名\n2、乙公司 投标报价…": a rank closing its bidder's line is no
      // label over the bid on the next line (the line's own bid is read beside the winner).
      if (rankClosesNamedLine(text, m.index)) continue;
      const end = m.index + m[0].length;
      if (skipTotals && labelSaysTotal(text, m.index, end)) continue;
      if (withoutTax !== null && !labelIncludesTax(text, end)) continue;
      const yuan = amountAt(text, m.index, end);
      if (yuan === null || yuan < MIN_AWARD_YUAN) continue;
      // "首次报价：…\n最终报价：…": a first-round bid gives way to the last round's below it.
      if (m[0].endsWith('报价') && !isLastRoundLabel(m[0])) {
        const last = lastRoundBidAfter(text, end);
        if (last !== null) return last;
      }
      if (withoutTax === null && labelExcludesTax(text, end)) withoutTax = yuan;
      else return yuan;
    }
    if (withoutTax !== null) return withoutTax;
  }
  return null;
}

// "中标人：某公司\n投标报价：…", "中标候选人：某公司\n投标报价：…": the winner (or the one candidate)
// named, then its bid under the bid's own label, before any second candidate or list item.
// In English: "Successful Bidder: 某公司\nBid Price: …", "Bid Winner: 某公司\nBid Amount: …".
const WINNER_THEN_BID =
  /(?<!第[二三四五2-5])(?:中标|成交|中选)(?:候选)?(?:人|单位|供应商)(?:名称)?\s*[:：](?:(?!第[二2]|候选人|\n\s*[2二][、.)])[^。；;]){2,80}?(?:投标|响应|最终)?报价|(?:(?:[Ww]inning|[Ss]uccessful) (?:[Bb]idder|[Tt]enderer|[Ss]upplier)|[Bb]id [Ww]inner)\s*[:：][^。；;]{2,80}?\n[ \t]*[Bb]id (?:[Pp]rice|[Aa]mount)(?=\s*(?:\([^()\n]{1,8}\))?\s*[:：])/gu;

const RANK_WORD = /^(?:第[一1]名|第[一1](?:中标|成交|中选)?候选人|排名第[一1])/u;

function rankClosesNamedLine(text: string, at: number): boolean {
  const rank = RANK_WORD.exec(text.slice(at, at + 12));
  return rank !== null && nameBeforeRankAtLineEnd(text, at, at + rank[0].length) !== null;
}

/** The bid written right after the named winner, or null. */
function bidAfterWinner(text: string): number | null {
  for (const m of text.matchAll(WINNER_THEN_BID)) {
    const hit = readAmountAfter(text, m.index + m[0].length, unitStatedAbove(text, m.index));
    if (hit?.yuan != null && hit.yuan >= MIN_AWARD_YUAN)
      return (isLastRoundLabel(m[0]) ? null : lastRoundBidAfter(text, hit.end)) ?? hit.yuan;
  }
  return null;
}

/** The price of the first-ranked or chosen bidder: a number, null for a rate, undefined when no table says. */
function rankedPrice(text: string): number | null | undefined {
  const row = rankedRow(text);
  if (!row?.price) return undefined;
  if (RATE_CELL.test(row.price)) return null;
  const yuan = cellAmount(row.price, row.unitYuan);
  return yuan !== null && yuan >= MIN_AWARD_YUAN ? yuan : undefined;
}

// Money that is something else than the award: budgets, ceilings, reserve prices (底价, 标底, and a
// sale's or a letting's 起始价, 起拍价, 挂牌价, 保留价), deposits, unit prices, fees.
// An estimate (预估金额, 预计采购金额) says how much work may be ordered under rates, not what was won.
// A cap said in words (最高限额, 总额不超过…) bounds what may be ordered under a framework; it is not won.
const OTHER_MONEY_BEFORE =
  /(?:预算|限价|控制价|底价|标底|起始价|起拍价|挂牌价|保留价|保证金|单价|估算|预估|预计|投资|费|报价|概算|资金|资本金|暂定|暂估|暂列|限额|不超过|不高于)[^\n]{0,10}$/u;
// "议价前总价412,000元，议价后总价386,000元": a figure from before a negotiation or a discount was
// replaced by the one after it.
const BEFORE_A_CHANGE = new RegExp(`${BEFORE_A_CHANGE_WORD.source}[^\\n，,;；]{0,8}$`, 'u');
// "成交价格：每网点每月1,680元", "每平方米每年4.86元": a price per thing (not per year, month or term alone)
// is a unit price; what the contract comes to depends on how many are served.
const PER_THING_BEFORE = /每(?!年|月|季|期|半年)\p{Script=Han}{1,4}?(?:每(?:年|月|季度?|天|日))?\s*$/u;
// Inside a label's value: money that is not what was won ("下浮率8.5%(暂定金额150万元)", "折扣率92%(预计
// 金额60万元)").
// Fees of the procedure (代理服务费, 标书费, 工本费, 代理服务收费金额) are not the award either.
// Nor is a project's 总投资 that a PPP or investor selection states after its bids of rates
// ("投标报价：投资回报率5.65%…\n项目总投资：约14.3亿元"): what the project costs, not what was won.
// Its 资本金 ("其中项目资本金1.37亿元") is the equity share of that cost, not won either.
const NOT_THE_AWARD_BEFORE =
  /(?:预算|限价|控制价|底价|标底|起始价|起拍价|挂牌价|保留价|保证金|单价|估算|预估|预计|概算|暂定|暂估|暂列|每年|每月|年度|代理|收费|标书|工本|总投资|资本金)[^\n，,;；]{0,8}$/u;
// "中标金额：详见附件": the amount is in an attachment; nothing after the label is it.
const REFERRED_ELSEWHERE = /^[\s:：(]*(?:详见|见)(?:附件|附表|公告附件|中标通知书|成交通知书|报价表|开标记录)/u;
// "分包金额累计不超过中标合同金额的30%", "提交中标价10%的履约保证金": the award named as the base of a
// share (a deposit, a subcontract's limit, an advance) in a tender's terms; no amount follows it.
const BASE_OF_A_SHARE = /^[ \t]*的?[ \t]*(?:\d+(?:\.\d+)?[ \t]*[%％‰]|百分之)/u;
// A stated total outranks the amounts it adds up ("每年128万元，三年合计384万元").
const INCLUSIVE_TOTAL = /含[^\n，,;；]{0,16}?(?:共计|合计|总计)\s*$/u;
const TOTAL_BEFORE = /(?:合计|总计|共计|总价|总金额)[^\n，,;；\d]{0,6}$/u;
// Up to ten digits before the point: longer runs are credit codes or numbers run together.
const ANY_AMOUNT = /(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,10}(?:\.\d+)?)\s*(万元|元|亿元)(?!\/)/gu;
const AWARD_REFERRED =
  /(?:中标|成交)(?:\(成交\))?(?:金额|价格|价)[\s:：(]*(?:详见|见)(?:附件|附表|公告附件|中标通知书|成交通知书|报价表|开标记录)/u;

/**
 * The award amount of a result notice: the labelled one, else (an excerpt cut before its label)
 * the first amount with its unit that no other money label claims.
 */
export function readResultAmount(raw: string, winners: readonly string[] = []): number | null {
  const text = withLotsInOrder(separateCreditCodes(raw));
  // A first candidate who gave up its place: its bid is no award; the winner's own is.
  // One decided by its rank ("确定第二中标候选人为中标人") took the first one's place just the same.
  if (winners.length && (withdrawalNoted(text) || winnerDecidedByRank(text) === winners[0])) {
    const own = amountBesideWinner(text, winners[0]);
    if (own !== null) return own;
  }
  // Lots told in blocks with a later one first: lot 1's block says the award when it says one.
  const lotOne = firstLotSection(text);
  const labelled = (lotOne === null ? null : readAwardAmount(lotOne)) ?? readAwardAmount(text, lotsOfSeveralWinners(text, winners));
  if (labelled !== null) return labelled;
  // The award label sends the reader to an attachment: no other figure of the notice is the award.
  if (AWARD_REFERRED.test(text)) return null;
  const inRow = winners.length ? amountBesideWinner(text, winners[0]) : null;
  if (inRow !== null) return inRow;
  const prose = amountBeforeWinVerb(text) ?? bidInFirstRankBlock(text) ?? (winners.length ? firstOfBidsInOrder(text) : null);
  if (prose !== null) return prose;
  for (const m of text.matchAll(ANY_AMOUNT)) {
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    if (OTHER_MONEY_BEFORE.test(before) || BEFORE_A_CHANGE.test(before) || PER_THING_BEFORE.test(before)) continue;
    const yuan = parseAmount(`${m[1]}${m[2]}`);
    if (yuan !== null && yuan >= MIN_UNLABELLED_YUAN) return yuan;
  }
  return null;
}

// "60.879万元/年，三年合计182.637万元": a year's price, then the whole term's total in the same sentence.
// A month's or a quarter's price is followed the same way ("42,000元/月，服务期12个月，合计504,000元").
// The total may be worked out in the sentence: "45万元/年×3年=135万元".
const PER_YEAR = /^\s*\/\s*(?:年|月|季度?|半年)/u;
const TERM_TOTAL_AFTER =
  /^[^\n。；;]{0,16}?(?:合计|共计|总计|总价|总金额|[×xX*]\s*[\d一二两三四五六七八九十]+\s*个?(?:年|月|季度?)\s*[=＝])/u;

function termTotalAfterYear(text: string, end: number, unit: number | null): number | null {
  const rest = text.slice(end, end + 40);
  if (!PER_YEAR.test(rest)) return null;
  const total = TERM_TOTAL_AFTER.exec(rest);
  const hit = total ? readAmountAfter(text, end + total[0].length, unit) : null;
  return hit?.yuan != null && hit.yuan >= MIN_AWARD_YUAN ? hit.yuan : null;
}

// "成交价格：月服务费36,000元，年服务费432,000元": a month's or a quarter's fee named first, then the
// year's or the whole term's in the same sentence; the longer one is what was won.
const SHORT_PERIOD_WORDS = /^[\s:：]*(?:每)?(?:月|季度?)/u;
const YEAR_OR_TOTAL_AFTER = /^[^\n。；;]{0,16}?(?:年(?:度)?(?:服务|合同)?(?:费用?|金额|总价|价格?)|合计|共计|总计|总价|总金额)\s*[:：]?/u;

// "中标金额：年服务费1,286,400.00元，服务期三年，合同总金额3,859,200.00元": a year's fee named first,
// then the whole term's total in the same sentence.
const YEAR_WORDS = /^[\s:：]*(?:服务费用?)?(?:每|一)?年度?/u;

function termTotalAfter(text: string, end: number, unit: number | null): number | null {
  const total = TERM_TOTAL_AFTER.exec(text.slice(end, end + 40));
  const hit = total ? readAmountAfter(text, end + total[0].length, unit) : null;
  return hit?.yuan != null && hit.yuan >= MIN_AWARD_YUAN ? hit.yuan : null;
}

function yearOrTotalAfter(text: string, end: number, unit: number | null): number | null {
  const label = YEAR_OR_TOTAL_AFTER.exec(text.slice(end, end + 40));
  const hit = label ? readAmountAfter(text, end + label[0].length, unit) : null;
  return hit?.yuan != null && hit.yuan >= MIN_AWARD_YUAN ? hit.yuan : null;
}

// "投标报价：年度服务费 863,000.00 元": a few words name what the amount is before it comes.
const WORDS_BEFORE_VALUE = /^[\s:：]*\p{Script=Han}{1,8}\s*(?=[\d¥￥])/u;
// A year's fee is what was won, as a year's price after the label is ("成交金额：服务费每年45万元").
const NOT_THE_VALUE_WORDS = /预算|限价|控制价|保证金|单价|估算|概算|暂定|暂估|暂列|每(?!年)|下浮|费率|折扣|税率|工期|大写/u;
// "中标金额：暂定182.6万元": the award itself, stated as provisional (not a provisional sum within it);
// "中标金额：设计费暂定1,356,000元": the same, naming the service's fee it is.
const PROVISIONAL_AWARD = /^[\s:：]*(?:(?:设计|监理|勘察|咨询|检测|造价|审计|服务)费(?:用)?)?暂定(?:为)?\s*$/u;
// "中标价：含暂列金额 1,618.45万元": the price includes the provisional sum; it is not that sum.
const INCLUSIVE = /含(?:暂列金额|暂定金额|暂估价|暂列金|税)/u;

// "拟中选价：468元/根", "中选价 1.86元/支", a column headed "中选价(元/个)": a price per piece, box or
// person is a unit price, never the award (a price per year or term is, see termTotalAfterYear).
const COUNTED_UNIT =
  '(?:根|支|个|盒|瓶|片|粒|袋|套|台|件|只|把|张|块|吨|千克|公斤|kg|克|米|平方米|立方米|人|次|餐|份|本|册|箱|桶|包|辆|株|棵|条|组|副|双)';
const PER_ITEM = new RegExp(`^\\s*\\/\\s*${COUNTED_UNIT}`, 'u');
const PER_ITEM_NOTE = new RegExp(`^\\s*\\(\\s*(?:人民币)?\\s*(?:万元|元)\\s*\\/\\s*${COUNTED_UNIT}`, 'u');

function amountAt(text: string, labelStart: number, labelEnd: number): number | null {
  if (REFERRED_ELSEWHERE.test(text.slice(labelEnd, labelEnd + 16))) return null;
  if (BASE_OF_A_SHARE.test(text.slice(labelEnd, labelEnd + 12))) return null;
  // A header and its row run into one line: the cell at the header's place is the amount.
  // So do a header and its row each run into a line of its own.
  const inRow = amountInRunTogetherRow(text, labelStart, labelEnd);
  if (inRow !== undefined) return inRow;
  const belowRow = amountBelowRunTogetherHeader(text, labelStart, labelEnd);
  if (belowRow !== undefined) return belowRow;
  // The unit may sit below the label, on a header line wrapped by a spreadsheet paste.
  const note = UNIT_NOTE.exec(text.slice(labelEnd, labelEnd + 12)) ?? WRAPPED_UNIT_NOTE.exec(text.slice(labelEnd, labelEnd + 64));
  const unit = note ? labelMultiplier(note[0]) : (unitStatedAbove(text, labelStart) ?? wanStatedForBareFigure(text, labelStart, labelEnd));
  if (PER_ITEM_NOTE.test(text.slice(labelEnd, labelEnd + 10))) return null;
  const direct = readAmountAfter(text, labelEnd, unit);
  if (direct && PER_ITEM.test(text.slice(direct.end, direct.end + 8))) return null;
  // A bare small number after a header is a row number ("中标金额\n1 某公司 …"), not the value,
  // even when the header's unit makes it large ("中标金额(万元)\n1 某公司 34.57").
  const rowNumber = direct !== null && ROW_NUMBER_BELOW.test(text.slice(labelEnd, direct.end + 24));
  if (direct && !rowNumber && (direct.yuan === null || direct.yuan >= MIN_AWARD_YUAN)) {
    return direct.yuan === null ? null : (termTotalAfterYear(text, direct.end, unit) ?? direct.yuan);
  }
  const words = WORDS_BEFORE_VALUE.exec(text.slice(labelEnd, labelEnd + 16));
  if (!direct && words && (PROVISIONAL_AWARD.test(words[0]) || !NOT_THE_VALUE_WORDS.test(words[0].replace(INCLUSIVE, '')))) {
    const named = readAmountAfter(text, labelEnd + words[0].length, unit);
    if (named && named.yuan !== null && named.yuan >= MIN_AWARD_YUAN) {
      if (SHORT_PERIOD_WORDS.test(words[0])) return yearOrTotalAfter(text, named.end, unit) ?? named.yuan;
      return (YEAR_WORDS.test(words[0]) ? termTotalAfter(text, named.end, unit) : null) ?? named.yuan;
    }
  }
  const below = cellsBelow(text, labelStart);
  const total = totalOfOneParty(text, labelStart, below);
  const totalYuan = total === null ? null : cellAmount(total, unit ?? 1);
  if (totalYuan !== null) return totalYuan;
  for (const cell of below) {
    const yuan = cellAmount(cell, unit ?? 1);
    if (yuan !== null) return yuan;
  }
  const vertical = firstCellBelowVertical(text, labelStart);
  if (vertical !== null) return cellAmount(vertical, labelMultiplier(text.slice(labelEnd, labelEnd + 8)) ?? unit ?? 1);
  let window = text.slice(labelEnd, labelEnd + 200);
  const end = SECTION_END.exec(window);
  if (end) window = window.slice(0, end.index);
  let first: number | null = null;
  for (const m of window.matchAll(new RegExp(AMOUNT_WITH_UNIT.source, 'gu'))) {
    const before = window.slice(Math.max(0, m.index - 14), m.index);
    // "含暂列金额及暂估价共计4862万元": the total that includes those sums is the price.
    const inclusive = INCLUSIVE_TOTAL.test(window.slice(Math.max(0, m.index - 24), m.index));
    if ((NOT_THE_AWARD_BEFORE.test(before) || PER_THING_BEFORE.test(before)) && !inclusive) continue;
    const yuan = m[1] ? parseAmount(m[1], unit ?? 1) : parseAmount(`${m[2]}${m[3] ?? m[4]}`);
    if (yuan === null) continue;
    if (TOTAL_BEFORE.test(before)) return yuan;
    first ??= yuan;
  }
  return first;
}
