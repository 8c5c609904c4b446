import { placesFundsOrIssues } from './placed-funds';
import { parseBulletin } from './bulletin-parser';

describe('placesFundsOrIssues', () => {
  it('reads deposits placed and a bond issue size', () => {
    expect(placesFundsOrIssues('中标银行：某银行某支行，存放金额1亿元，年利率2.10%')).toBe(true);
    expect(placesFundsOrIssues('主承销商：某证券有限公司\n拟发行规模：人民币8亿元')).toBe(true);
  });

  it('leaves a fee stated in money and ordinary awards', () => {
    expect(placesFundsOrIssues('存放资金：2亿元\n中选服务费：人民币12万元')).toBe(false);
    expect(placesFundsOrIssues('中标金额：268,000.00元')).toBe(false);
  });

  it('gives a deposit result its banks but no award amount', () => {
    const parsed = parseBulletin({
      title: '某县财政局2040年财政资金竞争性存放结果公告',
      body: '组织单位：某县财政局\n中标银行：某县农村商业银行股份有限公司，存放金额2亿元，年利率2.20%\n公示期：3个工作日',
    });
    expect(parsed.category).toBe('award');
    expect(parsed.winners).toEqual(['某县农村商业银行股份有限公司']);
    expect(parsed.awardYuan).toBeNull();
  });
});
