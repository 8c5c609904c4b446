// A framework tender often states its size as a count before it states money: "预估采购规模：约4.2万套，
// 预估金额3,180万元", "采购数量：1,200台". A figure with no 元 whose next word is a measure word (套, 台,
// 吨, 公里, 千瓦 …) counts things: read as yuan it would give a budget of 42 000 for 42 000 sets. The
// measure word must follow at once (a space at most), so "120万 元" and "86万（含税）" stay money, and
// 人 before 民币 is the currency ("CNY 3,600,000 人民币360万元"), not people. A rating is no money either:
// a power plant's lots open with their voltage or size ("标段一：220kV升压站", "620Wp组件", "280Ah电芯").
const MEASURE_WORD =
  /^\s?(?:套|台|件|只|辆|吨|户|名|株|棵|亩|头|条|根|块|片|册|张|盏|樘|座|间|床|箱|桶|瓶|卷|人次|人(?!民币)|平方米|平米|立方米|方(?![案式面向])|延米|米|公里|千米|千瓦|兆瓦|千伏安|㎡|m²|m³|km\b|kW|MW|GW|kVA|kV|千伏|Wp|Ah\b)/u;

/** Whether the text right after a figure with no 元 (`after`) names what is counted: not money then. */
export function countsThings(after: string): boolean {
  return MEASURE_WORD.test(after);
}
