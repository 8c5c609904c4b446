// A supplier's 质疑 comes before the bids (against the documents: its answer clarifies them) or after
// the result is out (against who won). An answer to the second kind keeps or overturns a result: it is
// a ruling on the procedure, as a 质疑处理结果 is, and no clarification of a tender. The body says so by
// naming the result contested ("对…成交结果提出质疑", "中标结果公示异议答复") or the result kept ("维持原中标结果").
// The candidates published before the result (中标候选人公示) are contested in the same way, and a works
// tender's 异议 (the 招标投标法's word for it) as a 质疑 is.
const RESULT = '(?:中标|成交|中选|评审|评标|比选|采购|遴选)(?:候选人)?结果';
const RESULT_OR_CANDIDATES = `(?:${RESULT}|(?:中标|成交|中选)候选人(?:公示|名单)?)`;
const CONTESTS_RESULT = new RegExp(
  `(?:对|就|针对)[^。\\n]{0,40}?${RESULT_OR_CANDIDATES}(?:公告|公示)?[^。\\n]{0,6}?(?:提出|提起)(?:的)?(?:质疑|异议)|(?:质疑|异议)[^。\\n]{0,8}?${RESULT}(?:公告|公示)?|${RESULT_OR_CANDIDATES}(?:公告|公示)?(?:的)?(?:质疑|异议)|维持原?${RESULT_OR_CANDIDATES}|${RESULT}(?:维持)?不变`,
  'u',
);

/** True when a 质疑's answer is about a published result rather than the documents of a tender. */
export function answersResultChallenge(text: string): boolean {
  return /质疑|异议/u.test(text) && CONTESTS_RESULT.test(text);
}
