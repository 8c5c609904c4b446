// A public body placing its money with banks (财政资金竞争性存放, 社保基金定期存款: 中标银行, 存放金额, 利率) or an
// issuer choosing underwriters for a bond (承销商选聘: 发行规模) names sums that are deposits made or debt raised,
// not a price paid for the work: the winning bank or securities firm earns interest margin or an underwriting
// rate, and the notice states no award amount unless it names a fee in money (服务费：38万元).
const DEPOSIT_PLACED = /存放(?:金额|资金)|定期存款|竞争性存放/u;
const BOND_ISSUE = /承销/u;
const ISSUE_SIZE = /发行(?:规模|金额|总额)/u;
const FEE_IN_MONEY =
  /(?:服务|承销|代理|顾问)费(?!率)(?:用)?[^\n：:率]{0,8}[:：]\s*(?:人民币)?\s*[¥￥]?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元)/u;

/** Whether the notice's sums are deposits placed or a bond issue's size rather than an award. */
export function placesFundsOrIssues(text: string): boolean {
  if (FEE_IN_MONEY.test(text)) return false;
  return DEPOSIT_PLACED.test(text) || (BOND_ISSUE.test(text) && ISSUE_SIZE.test(text));
}
