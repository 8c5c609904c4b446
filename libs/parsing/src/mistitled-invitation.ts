// Some portals reuse a result page's title for the invitation it replaces: the title says 成交公告
// while the body invites suppliers to bid and never speaks of a winner. Such a body is read for
// what it is, a tender; any result word in it (中标, 成交, 候选人, 结果) keeps the title's kind.
const RESULT_WORDS = /中标|成交|中选|得标|候选|结果|定标/u;
const INVITES_BIDS =
  /欢迎[^。\n]{0,20}?(?:供应商|投标人|单位)[^。\n]{0,10}?参加|潜在(?:投标人|供应商)|(?:递交|提交)(?:投标|响应)文件[^。\n]{0,6}?截止|投标时间[:：]|(?:采购|招标)文件(?:的)?(?:领取|获取)(?:时间|方式)/u;

/** True when a body invites bids and says nothing of a result. */
export function bodyOnlyInvites(body: string): boolean {
  return INVITES_BIDS.test(body) && !RESULT_WORDS.test(body);
}
