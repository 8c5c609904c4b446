// A government purchase of services from social organisations (政府购买服务: 民政, 残联, 团委, 妇联, a 街道
// or a 社区 buying care, social work or community services) names the buyer its 购买主体 and the organisation
// that delivers the service its 承接主体 (承接机构, 承接单位; a result may say 中标社会组织). A call asks
// organisations to apply (承接主体征集, 公益创投项目征集, 政府购买服务项目公告) and states the money as
// 项目资金 or 项目经费; its 报名截止 is the last day to apply. A 评审结果公示 of such a purchase or of a
// 公益创投 names the organisations funded: the decision, not candidates as a 评标结果公示 names them.
// Each counts only as a field (a colon after it): 承接主体资格 is what an applicant must be, and 原承接主体
// is the one whose service ended.

/** 购买主体 as a field label: the buyer. */
export const PURCHASING_BODY_LABEL = /(?<![^\s|:：\d、.．])(?:服务)?购买主体(?:名称)?(?=[ \t]*[:：])/u;

/** 承接主体 (承接机构, 中标社会组织 …) as a field label or a column's head: the winner. */
export const SERVICE_TAKER_LABEL =
  /(?<![原未落拟])(?:(?:中标|成交|中选|确定(?:的)?)?承接(?:主体|机构|单位|组织)(?:名称)?(?=[ \t]*(?:[:：]|\||\t|\(|\n|$))|(?:中标|成交|中选|入选)社会(?:组织|工作服务机构)(?:名称)?(?=[ \t]*[:：]))/u;

/** A call for organisations to take on a purchased service, named by its title. */
export const SERVICE_TAKER_CALL =
  /承接(?:主体|机构|单位)(?:公开)?(?:征集|遴选|招募)(?!结果|情况|名单)|(?:公益创投|(?:服务|公益|治理))项目(?:公开)?征集(?:公告|启事|通知)|政府购买(?:社会)?服务(?:项目)?(?:公告|公开征集|征集(?:公告|启事|通知))/u;

/** The review result of such a purchase or of a 公益创投: the organisations funded. */
export const SERVICE_TAKER_REVIEW_RESULT =
  /(?:公益创投|政府购买(?:社会)?服务|承接(?:主体|机构))[^，。\n]{0,30}?(?:评审|遴选|评选)结果(?:公示|公告)/u;

/** 项目资金 / 项目经费 as a field of a call: the money set aside (budget tier 2). */
export const SERVICE_FUNDS_FIELD = /(?<=^|[\s、.．])(?:项目|服务|购买服务)(?:资金|经费)(?=\s*[:：])/u;

/**
 * The fee stated right below the organisation a result names, or the money column beside a 承接主体
 * column ("序号 | 项目名称 | 承接主体 | 资助金额(元)"): what it is paid. Each look back is made only where
 * its money word stands (the look ahead first), not from every character of the text.
 */
export const SERVICE_TAKER_FEE_LABEL =
  /(?=服务费|项目资金|项目经费|资助金额|合同金额)(?<=承接(?:主体|机构|单位|组织)(?:名称)?[ \t]*[:：][^\n]*\n[ \t]*)(?:服务费用?|项目(?:资金|经费)|资助金额|合同金额)(?=[ \t]*[:：])|(?=(?:资助|项目|合同)金额)(?<=承接(?:主体|机构|单位|组织)(?:名称)?[ \t]*[|\t][^\n]*?)(?:资助|项目|合同)金额(?=[ \t]*(?:\([^()\n]{1,8}\))?[ \t]*(?:[|\t]|\n|$))/gu;

const SERVICE_TAKERS_CALLED = /承接(?:主体|机构|单位)|公益创投|政府购买(?:社会)?服务/u;

/** Whether the text calls for 承接主体 (a 政府购买服务 or 公益创投 call): it takes applications by a cut-off. */
export function callsForServiceTakers(text: string): boolean {
  return SERVICE_TAKERS_CALLED.test(text);
}

/** A 承接主体 label repeated in front of the name under a heading ("遴选结果：\n承接机构：某中心"). */
export const SERVICE_TAKER_REPEATED = /^(?:(?:中标|成交|中选|确定(?:的)?)?承接(?:主体|机构|单位|组织)(?:名称)?)[ \t]*[:：]\s*/u;

// A social organisation registered as a 民办非企业单位 may call itself a 服务社 (某某社会工作服务社, 某某家庭
// 服务社, 某某志愿服务社): a supplier's name ends there as a 中心 or 事务所 does.
/** Supplier name endings of social organisations, for org-names.ts's suffix list. */
export const SOCIAL_ORG_SUFFIX = '服务社';
