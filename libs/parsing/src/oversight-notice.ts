// Notices of the offices that oversee procurement (财政厅/局, 公共资源交易监督管理局, 住建局) and of steps
// beside a procedure, none of which awards anything though they may quote a winner and its price.

// A sanction or a finding against a firm or an agency: 行政处罚决定书, 行政处理决定 (a 处理决定 on anything but a
// complaint, "关于某公司串通投标的处理决定"), a 不良行为记录 or a 失信
// list (严重违法失信行为记录名单, 信用惩戒), a 监督检查 outcome. A 中标无效 it declares is a penalty on the
// firm, not the end of a procedure this notice publishes, so it takes no stage.
export const SANCTION =
  /行政处罚|处罚决定|(?<!(?:投诉|质疑|异议)(?:事项)?的?)处理决定|行政处理(?:决定|意见)|不良(?:行为|信用)(?:记录|信息)?|失信(?:行为)?(?:记录)?名单|严重违法失信|(?:信用|联合)惩戒|(?:监督|执法)检查(?:的)?(?:处理)?(?:结果|情况|处理)|违法违规(?:行为)?(?:的)?(?:处理|查处)|通报批评/u;

// Experts drawn from the pool to judge the bids (评标专家抽取结果公示): they judge, they win nothing, unlike a
// small works contractor drawn by lot from a roster.
export const EXPERT_DRAW = /专家(?:的)?(?:随机)?(?:抽取|抽选)(?:结果|情况|记录|名单)?(?:的)?(?:公示|公告)|专家(?:随机)?抽取结果/u;

// 异议 is the 招标投标法's word for a 质疑 (a works tender's documents, its candidates): its answer clarifies
// the documents or, after the result (see result-challenge), rules on the procedure.
export const OBJECTION_ANSWER = /(?:质疑|异议)(?:事项)?(?:的)?(?:答复|回复)/u;
export const OBJECTION_RULING = /(?:投诉|质疑|异议)(?:的)?处理(?:决定|结果|意见)|投诉(?:事项)?答复/u;

// A draft of a works tender's documents published for objections before the tender is announced
// (招标文件（草案）公示, 招标文件公示): the tender is still to come, as after a 需求公示.
export const DRAFT_TENDER_DOCUMENTS = /招标文件(?:[（(](?:草案|征求意见稿|公示稿)[)）]|草案|征求意见稿)?(?:的)?公示/u;

/** True when the title is a sanction or finding of an oversight office, not its ruling on a complaint. */
export function sanctionsAParty(title: string): boolean {
  return SANCTION.test(title) && !OBJECTION_RULING.test(title);
}
