// A body selling what it owns (闲置设备处置, 报废车辆拍卖) takes money in: no procurement. But it often buys
// a service for the sale first: an appraiser to value the goods, an auditor or an auction agent
// ("闲置医疗设备处置资产评估服务选取结果", "报废车辆拍卖评估机构选取公告"). A service or a firm of such a trade
// named right after the disposal word is what the notice buys; the sale is only its subject.
const SERVICE = '服务|[^，。,\\n]{0,8}?(?:评估|审计|鉴定|咨询|代理|测绘)(?:服务|机构)';

/** A negative lookahead for after a disposal word (处置, 拍卖, 变卖): no service bought for the sale follows. */
export const DISPOSAL_SERVICE_AFTER = `(?!${SERVICE})`;

const SERVICE_AT_START = new RegExp(`^(?:${SERVICE})`, 'u');

/** Whether the text right after a disposal word names a service bought for the sale. */
export function disposalServiceAfter(rest: string): boolean {
  return SERVICE_AT_START.test(rest);
}
