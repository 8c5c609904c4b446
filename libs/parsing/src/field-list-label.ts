// A result may name its winner and what it won in one field whose label lists the parts in order:
// "中标(成交)供应商名称、地址、金额：某公司，某地址，人民币…元", or under a 中标(成交)信息 heading
// with 供应商 alone opening the label. The label's last part (金额, 价格) is where the award is
// read, so the match is that word alone; the reader finds the money in the value past the name
// and the address.
export const FIELD_LIST_AWARD_LABEL =
  /(?<=(?:(?:中标|成交|中选)(?:\(成交\))?(?:候选)?(?:供应商|人|单位|服务商)|供应商)(?:名称)?(?:[、,，及和与](?:[^\n:：、,，]{1,10})){0,4}[、,，及和与](?:中标|成交)?)(?:金额|价格|价款|总价)(?=\s*(?:\([^()\n]{1,8}\))?\s*[:：])/gu;
