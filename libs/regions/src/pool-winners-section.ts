// A framework agreement (框架协议) or a 定点 purchase admits several suppliers at once and lists them
// under a label of the pool (入围供应商：, 入围结果（排名不分先后）：, 入围名单：, 定点供应商：, 定点单位名单：).
// Like a winner's section, the list names firms by where they come from (南宁某区某印务有限公司): it says
// nothing of where the buyer's units are, and is another party's section.
export const POOL_WINNERS_LABEL = /(?:入围|入选|定点)(?:供应商|单位|结果|名单)(?:名单)?(?:\([^()|]{0,12}\))?[:：|]/;
