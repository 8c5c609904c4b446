// A company's 入围公告 may call firms to apply for its shortlist (入围方式, 入围资料递交截止时间, 入围后另行
// 发出招标文件) rather than name who got in. With a cut-off for handing in the applications and no word of
// a result, it is a prequalification call: the firms named later are invited to bid, not winners.
const APPLICATIONS_DUE = /(?:入围|资格|预审)(?:申请)?(?:资料|文件|材料)(?:的)?(?:递交|提交|报送|上传)截止/u;
const RESULT_WORDS = /中标|成交|中选|得标|候选|结果|定标|名单如下|(?:以下|下列)(?:单位|供应商|企业)入围/u;

/** True when a body asks for shortlist applications by a cut-off and reports no result. */
export function callsForShortlist(body: string): boolean {
  return APPLICATIONS_DUE.test(body) && !RESULT_WORDS.test(body);
}
