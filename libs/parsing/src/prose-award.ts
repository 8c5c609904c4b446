import { labelMultiplier, readAmountAfter, unitStatedAbove } from './amount-reader';
import { MIN_UNLABELLED_YUAN } from './award-cells';

// An award told in sentences rather than under a label: the figure before the verb that says who
// won, the first of bids listed in rank order, or the bid in the first-ranked candidate's block.

// Prose puts the money before the verb: "某公司以人民币壹佰贰拾万元整(¥1,200,000.00)中标",
// "以3,456,789元的报价成交". Between the figure and the verb stand a bracketed repeat or 的价格/的报价.
const WITH_AMOUNT = /以(?=\s*(?:人民币|¥|￥|\d|[壹贰叁肆伍陆柒捌玖拾一二三四五六七八九十]))/gu;
const THEN_WIN_VERB = /^\s*(?:\([^()\n]{0,24}\))?\s*(?:的(?:投标)?(?:价格|报价|总价|金额))?\s*(?:中标|成交|中选|得标|夺标)/u;

export function amountBeforeWinVerb(text: string): number | null {
  for (const m of text.matchAll(WITH_AMOUNT)) {
    const hit = readAmountAfter(text, m.index + 1, null);
    if (hit?.yuan == null || hit.yuan < MIN_UNLABELLED_YUAN) continue;
    if (THEN_WIN_VERB.test(text.slice(hit.end, hit.end + 40))) return hit.yuan;
  }
  return null;
}

// "投标报价分别为：A元、B元、C元": the bids of the candidates in the order they were named, the first
// being the first candidate's.
// The label may close with its own colon first: "投标报价(不含税)：分别为A、B".
const BIDS_IN_ORDER = /(?:投标|响应|最终)?报价(?:金额)?(?:\([^()\n]{0,6}\))?\s*[:：]?\s*(?:依次|分别)为\s*[:：]?/gu;

export function firstOfBidsInOrder(text: string): number | null {
  for (const m of text.matchAll(BIDS_IN_ORDER)) {
    const hit = readAmountAfter(text, m.index + m[0].length, labelMultiplier(m[0]) ?? unitStatedAbove(text, m.index));
    if (hit?.yuan != null && hit.yuan >= MIN_UNLABELLED_YUAN) return hit.yuan;
  }
  return null;
}

// Candidates written as blocks of fields, each opened by its rank: "排名：1\n投标人名称：某公司\n投标报价：…".
// The bid inside the block ranked first, before the next rank line.
const FIRST_RANK_FIELD = /(?:排名|排序|名次|推荐顺序)\s*[:：]\s*(?:1|第[一1]名?)\s*\n/gu;
const NEXT_RANK_FIELD = /(?:排名|排序|名次|推荐顺序)\s*[:：]/u;
const BID_FIELD = /(?:(?:投标|响应|最终)?(?:总)?报价|投标(?:总)?价(?!格))(?:\([^()\n]{0,8}\))?/u;
const RANK_BLOCK_CHARS = 300;

export function bidInFirstRankBlock(text: string): number | null {
  for (const m of text.matchAll(FIRST_RANK_FIELD)) {
    const from = m.index + m[0].length;
    let block = text.slice(from, from + RANK_BLOCK_CHARS);
    const next = NEXT_RANK_FIELD.exec(block);
    if (next) block = block.slice(0, next.index);
    const label = BID_FIELD.exec(block);
    if (!label) continue;
    const hit = readAmountAfter(text, from + label.index + label[0].length, labelMultiplier(label[0]) ?? unitStatedAbove(text, m.index));
    if (hit?.yuan != null && hit.yuan >= MIN_UNLABELLED_YUAN) return hit.yuan;
  }
  return null;
}
