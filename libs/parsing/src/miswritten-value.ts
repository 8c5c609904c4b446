// "原公告中成交供应商名称误写为“甲公司”，现更正为“乙公司”": a correction of a typing slip quotes the
// wrong value after 误写为 (错写为, 误录为, 误填为) and the right one after 更正为. The field keeps only the
// right value, unquoted, so the readers of labelled values see what the result is now, not the slip.
const MISWRITTEN =
  /(?:原(?:公告|公示)?中?的?)?((?:中标|成交|中选)(?:供应商|人|单位)(?:名称)?|(?:中标|成交|中选)(?:金额|价格?))\s*(?:误|错)(?:写|录|填|登|打)?(?:为|成)\s*[“"「]?[^\n“”"「」。；;]{1,40}?[”"」]?\s*[，,]?\s*(?:现|特|应|予以|故)?(?:更正|修改|更改|改|调整)为\s*[“"「]?([^\n“”"「」。；;，,]{1,40}?)[”"」]?(?=[。；;，,\n]|$)/gu;

// "原公告中标金额“¥1,286,000.00”有误，更正为“¥1,268,000.00”": the same slip told the other way round,
// the wrong value quoted right after the field and then called wrong (有误, 错误, 不正确, 填写错误).
const NOTED_WRONG =
  /(?:原(?:公告|公示)?中?的?)?((?:中标|成交|中选)(?:供应商|人|单位)(?:名称)?|(?:中标|成交|中选)(?:金额|价格?))\s*[“"「][^\n“”"「」。；;]{1,40}?[”"」]\s*(?:有误|错误|不正确|(?:填写|录入|书写)(?:有误|错误))\s*[，,]?\s*(?:现|特|应|予以|故)?(?:更正|修改|更改|改|调整)为\s*(?:[“"「]([^\n“”"「」]{1,40})[”"」]|([^\n“”"「」。；;，,]{1,40}?)(?=[。；;，,\n]|$))/gu;

/** The text with each quoted slip ("A误写为X，现更正为Y", "A“X”有误，更正为Y") reduced to the field and its right value. */
export function rightValuesOfSlips(text: string): string {
  return text
    .replace(MISWRITTEN, '$1：$2')
    .replace(NOTED_WRONG, (_m, field: string, quoted?: string, bare?: string) => `${field}：${quoted ?? bare ?? ''}`);
}
