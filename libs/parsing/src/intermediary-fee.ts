// A 中介服务超市 job states what it pays as the fee for the service: "服务金额：12万元" in a notice still open
// is what the buyer sets aside (a result is never read for a budget, so its 服务金额 is left to the award).
// Its cap may be called 上限价 ("上限价：48000元", 服务上限价, 采购上限价), the ceiling any quote must stay under.
// Both count only as a field, a colon after them.

/** 服务金额 as a field: the fee set aside, read as an estimate (budget tier 2). */
export const SERVICE_FEE_FIELD = /(?<=^|[\s、.．])服务(?:费)?金额(?=\s*[:：])/u;

/** 上限价 as a field: a price ceiling (budget tier 1). */
export const CAP_PRICE_FIELD = /(?<=^|[\s、.．:：;；])(?:服务|采购|项目|竞价)?上限价(?=\s*[:：])/u;
