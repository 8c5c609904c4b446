// Issue #12: a budget is 预算, 最高限价, 控制价 or an estimate of what is bought; 总投资 is a budget only
// for a planned project (拟建) or a press report. A notice that selects an investor — a PPP (政府和社会资本
// 合作) or 特许经营 selection of a 社会资本方 or 特许经营者, an 投资人 or 投建营一体化 tender, with its results,
// changes, contract and termination — buys no works worth the project: the 总投资, 项目总投资 or 估算总投资 it
// states is what the investor will spend, not what the procurement costs or caps. There the tier-3 and
// tier-4 labels of budget-labels.ts (总投资, 计划投资, 投资总额) are skipped, and so is 估算总投资 in the
// estimates tier; a 采购预算, 最高限价 or 可用性服务费上限 it states is still its budget. (A works or design
// tender's 总投资 stays a fallback: the labelled notices read it as the budget.)
const PROJECT_INVESTMENT = /总投资/u;
const SELECTS_AN_INVESTOR = /社会资本|PPP|特许经营|投资人|投建营/u;

/** True when a budget label names a project's investment (估算总投资), not what a procurement costs. */
export function isProjectInvestmentLabel(label: string): boolean {
  return PROJECT_INVESTMENT.test(label.replace(/\s+/g, ''));
}

/** True when the notice selects an investor (社会资本方, 特许经营者, 投资人) rather than buying works or goods. */
export function selectsAnInvestor(text: string): boolean {
  return SELECTS_AN_INVESTOR.test(text);
}
