// A framework's admitted suppliers are often listed one a line with the rate each offered after a
// gap ("某公司    优惠率：12%", "某公司\t下浮率 6.5%"). That rate is a field of its own about the
// supplier, not part of its name, and does not make the line a "label：value" field.
const RATE_FIELD_AT_END =
  /[ \t]+(?:工时费|配件|商业险|服务费)?(?:优惠率|折扣率|下浮率|让利率|费率|折扣系数|折扣|中选份额|份额)[ \t]*[:：]?[ \t]*[\d.]+[ \t]*(?:%|‰|折)?[ \t]*$/u;

/** The line without a rate field after a gap at its end. */
export function withoutRateField(line: string): string {
  return line.replace(RATE_FIELD_AT_END, '');
}
