// "预估合同金额：200万元", "本项目预计合同金额为200万元（按实结算）", "估算合同价": a result won at a rate,
// a discount or unit prices says what the contract is expected to come to, as work is ordered and
// settled as it comes. That is an estimate of the work, not a price anyone bid or won, so a contract
// label right after an estimate word is no award label. (暂定合同金额 is the award stated as
// provisional, as a fee-scale service states it; it is kept.)
const ESTIMATE_WORD_BEFORE = /(?:预估|预计|估算|估计|预测)(?:的)?(?:总|年度?|年)?$/u;

/** Whether the award label found at `at` is led by an estimate word (预估/预计/估算…). */
export function estimateLeadsLabel(text: string, at: number): boolean {
  return ESTIMATE_WORD_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}
