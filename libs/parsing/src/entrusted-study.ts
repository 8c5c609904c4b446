// Before a project is approved its owner has consultants write the studies the approvals need: the
// 环境影响评价, 社会稳定风险评估, 节能报告, 水土保持方案, 可行性研究报告. Their notices say so in the words a
// tender uses for its agency: "某工程咨询有限公司受某公司委托，对某工程开展社会稳定风险评估", "我公司已委托
// 某环保科技有限公司承担本项目环境影响评价工作". The firm entrusted wrote a study; it runs no purchase, so it
// is no agency. A purchase of such a study ("受某局委托，对某项目环评服务进行竞争性磋商") still has one.
const STUDY = /评估|评价|环评|稳评|能评|编制|节能报告|水土保持方案|可行性研究|可研/u;
const PURCHASE = /招标|采购|比选|磋商|谈判|询价|竞价|遴选|代理|发包|比价/u;
// The task is told in the rest of the sentence.
const SENTENCE_END = /[。；;\n]/u;
const MAX_CLAUSE = 80;

/** Whether the sentence after a 委托 hands over the writing of a study rather than a purchase. */
export function entrustedWithStudy(after: string): boolean {
  const end = after.search(SENTENCE_END);
  const clause = after.slice(0, end < 0 ? MAX_CLAUSE : Math.min(end, MAX_CLAUSE));
  return STUDY.test(clause) && !PURCHASE.test(clause);
}
