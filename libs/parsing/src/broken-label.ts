// A label copied out of a narrow table cell or a PDF column can break over two lines before its
// colon: "项目编\n号：…", "预算金\n额：…", "中标(成交)金\n额：…", and so can the heading over a party's
// 名称 and 地址 lines ("1. 采购\n人信息", "2. 采购代理\n机构信息"). Left broken, neither half is a label
// the readers know. Two lines are one label when together they read as one: a procurement word
// (项目, 采购, 预算, 中标…) opening it, a field word (编号, 金额, 名称, 信息…) closing it, and the
// break inside it rather than between a heading and the label of the line below ("中标信息\n名称：…"
// stays as it is: its first line is whole, its second a label on its own).
// Only the first line and the break are consumed, so a second line left alone may start a pair of its own.
const BROKEN =
  /(?<=^|\n)([ \t]*(?:[(（]?[一二三四五六七八九十\d]{1,2}[、.．)）][ \t]*)?)([\p{Script=Han}()（）]{1,12})[ \t]*\n[ \t]*(?=([\p{Script=Han}()（）]{1,5})(?:[ \t]*([:：])|[ \t]*(?:\n|$)))/gu;

const LABEL =
  /^(?:项目|采购|招标|预算|最高|控制|中标|成交|中选|供应商|投标|代理|合同|开标|响应)[\p{Script=Han}()（）]{0,10}(?:编号|名称|金额|金|限价|价|人|单位|机构|地址|时间|日期|方式|信息)$/u;

// A first line ending so is whole: a heading or a label of its own.
const WHOLE_FIRST = /(?:信息|情况|结果|公告|内容|要求|名称|金额|编号|时间|地址)$/u;
// A second line that is a label by itself starts its own field.
const OWN_LABEL = /^(?:名称|地址|金额|编号|时间|日期|电话|传真|邮箱|联系人|地点|价格|单位|账号)$/u;
const MAX_LABEL = 14;

/** The text with labels and party headings broken over two lines set back on one. */
export function joinBrokenLabels(text: string): string {
  return text.replace(BROKEN, (whole, prefix: string, first: string, second: string, colon?: string) => {
    const label = first + second;
    if (label.length > MAX_LABEL || !LABEL.test(label) || WHOLE_FIRST.test(first)) return whole;
    // Without a colon after it, only a party's heading stands alone on its line.
    if (colon ? OWN_LABEL.test(second) : !label.endsWith('信息')) return whole;
    return prefix + first;
  });
}
