import { readAwardAmount } from './award-amount';
import { readWinners } from './winners';

describe('a firm drawn by lot from a 中介服务超市 pool', () => {
  const drawn =
    '选取方式：随机抽取\n入围机构：甲资产评估有限公司、乙土地估价有限公司、丙资产评估事务所有限公司\n抽取结果：丙资产评估事务所有限公司\n服务费用：28,000元';

  it('is the winner, not the pool listed before it', () => {
    expect(readWinners(drawn)).toEqual(['丙资产评估事务所有限公司']);
    expect(readWinners('摇号时间：2034年1月24日\n摇中单位：丁工程咨询有限公司')).toEqual(['丁工程咨询有限公司']);
  });

  it('reads 中选中介机构 as a winner label, not the firms that registered', () => {
    const text = '报名中介机构：甲会计师事务所有限公司、乙会计师事务所有限公司\n中选中介机构：乙会计师事务所有限公司';
    expect(readWinners(text)).toEqual(['乙会计师事务所有限公司']);
  });

  it("reads the fee stated below the drawn firm as the award, never an agency's fee", () => {
    expect(readAwardAmount(drawn)).toBe(28000);
    expect(readAwardAmount('中选机构：乙会计师事务所有限公司\n服务费：12,000元')).toBe(12000);
    expect(readAwardAmount('抽取结果：丙公司\n代理服务费：3,000元')).toBeNull();
    expect(readAwardAmount('采购人：某局\n服务费用：28,000元')).toBeNull();
  });
});
