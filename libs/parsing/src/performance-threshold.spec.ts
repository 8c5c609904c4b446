import { extractBudget } from './budget';
import { isPerformanceThreshold } from './performance-threshold';
import { reportsAwardAmounts } from './result-notice';

describe('past-contract thresholds in qualification and score rules', () => {
  it('knows a 单项合同金额 or an amount 及以上 as a threshold', () => {
    const single = '每提供一项单项合同金额300万元的类似业绩得2分';
    expect(isPerformanceThreshold(single, single.indexOf('合同金额'), single.indexOf('万元') + 2)).toBe(true);
    const above = '类似项目合同金额200万元及以上的';
    expect(isPerformanceThreshold(above, above.indexOf('合同金额'), above.indexOf('万元') + 2)).toBe(true);
    const award = '合同金额：200万元，签订日期';
    expect(isPerformanceThreshold(award, 0, award.indexOf('万元') + 2)).toBe(false);
  });

  it('does not take a tender with such a score rule for a result notice', () => {
    const text =
      '评分标准\n| 类似业绩 | 6分 | 2029年1月1日以来每提供一项单项合同金额500万元及以上的类似业绩得2分 |\n投标人须知前附表\n| 3.2.4 | 预算金额 | 3,865,000.00元 |';
    expect(reportsAwardAmounts(text)).toBe(false);
    expect(extractBudget(text)?.yuan).toBe(3865000);
  });

  it('still reads a reported contract or award amount', () => {
    expect(reportsAwardAmounts('中标金额:186.5万元')).toBe(true);
    expect(reportsAwardAmounts('成交金额:300万元(含税)')).toBe(true);
  });
});
