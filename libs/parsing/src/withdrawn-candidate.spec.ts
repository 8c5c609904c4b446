import { readResultAmount } from './award-amount';
import { readWinnersOf } from './winners';
import { nextAfterWithdrawn, withdrawalNoted, withdrawnName } from './withdrawn-candidate';

describe('withdrawn candidates', () => {
  it('tells a name noted as having given up its place', () => {
    expect(withdrawnName('甲环境工程有限公司(已放弃)')).toBe('甲环境工程有限公司');
    expect(withdrawnName('甲环境工程有限公司(放弃中标资格)')).toBe('甲环境工程有限公司');
    expect(withdrawnName('甲环境工程有限公司(第一名)')).toBeNull();
    expect(withdrawalNoted('1、甲环境工程有限公司(弃标)，报价98,000元')).toBe(true);
    expect(withdrawalNoted('排名第一的甲环境工程有限公司已签订合同')).toBe(false);
  });

  it('takes the next candidate named after the one who withdrew, without its own note', () => {
    const text = '中标候选人:\n1、甲园林绿化有限公司(放弃)\n2、乙园林工程有限公司(中标)\n3、丙绿化有限公司';
    expect(nextAfterWithdrawn(text, '甲园林绿化有限公司(放弃)')).toBe('乙园林工程有限公司');
    expect(readWinnersOf(text, [])).toEqual(['乙园林工程有限公司']);
  });

  it("reads the winner's own bid, not the withdrawn first candidate's", () => {
    const blocks =
      '第一中标候选人:甲园林绿化有限公司(已放弃)\n投标报价:1,180,000元\n第二中标候选人:乙园林工程有限公司\n投标报价:1,206,500元';
    expect(readWinnersOf(blocks, [])).toEqual(['乙园林工程有限公司']);
    expect(readResultAmount(blocks, ['乙园林工程有限公司'])).toBe(1_206_500);
  });
});
