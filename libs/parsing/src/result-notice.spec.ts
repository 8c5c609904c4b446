import { toDisplayText } from '@app/text';
import { reportsAwardAmounts as reports } from './result-notice';

// The function reads display text, as extractBudget and classifyCategory pass it.
const reportsAwardAmounts = (text: string) => reports(toDisplayText(text));

describe('reportsAwardAmounts', () => {
  it('finds bid and award prices with values', () => {
    expect(reportsAwardAmounts('中标价（万元）\n3602.5688')).toBe(true);
    expect(reportsAwardAmounts('成交金额:568,000.00元')).toBe(true);
    expect(reportsAwardAmounts('总中标金额合计：1086万元（人民币）')).toBe(true);
    expect(reportsAwardAmounts('投标报价 |\n7719906.88 元')).toBe(true);
    expect(reportsAwardAmounts('成交价：柒万伍仟元整（75,000.00元）')).toBe(true);
  });

  it('ignores the same words in a tender notice’s rules and empty table headers', () => {
    expect(reportsAwardAmounts('投标报价超过最高限价的，其投标无效。')).toBe(false);
    expect(reportsAwardAmounts('代理服务费为中标金额的1.5%')).toBe(false);
    expect(reportsAwardAmounts('投标报价（元）\n经评审的投标价（元）')).toBe(false);
  });

  it('ignores a contract amount a tender only estimates', () => {
    expect(reportsAwardAmounts('本项目暂估合同金额：486万元（不含税），按实结算')).toBe(false);
    expect(reportsAwardAmounts('预估合同金额约120万元')).toBe(false);
    expect(reportsAwardAmounts('合同金额：486万元')).toBe(true);
  });

  it('ignores a price noted after a former winner a retender or single-source notice retells', () => {
    expect(reportsAwardAmounts('原中标人甲路桥建设有限公司（中标价：¥4,683,250.00）因无法按期签订合同，已放弃中标资格，现重新招标。')).toBe(
      false,
    );
    expect(reportsAwardAmounts('中标人甲路桥建设有限公司（中标价：¥4,683,250.00）')).toBe(true);
  });
});
