import { isLastRoundLabel, lastRoundBidAfter } from './last-round-bid';
import { readResultAmount } from './award-amount';

describe('lastRoundBidAfter', () => {
  it('reads the last round quoted below a first-round bid', () => {
    const text = '投标报价:1,300,000.00元\n最终报价:1,235,000.00元\n评审价格:1,173,250.00元';
    expect(lastRoundBidAfter(text, text.indexOf('元'))).toBe(1235000);
    const rounds = '首次报价:86万元，二次报价:82.5万元';
    expect(lastRoundBidAfter(rounds, rounds.indexOf('元'))).toBe(825000);
  });

  it("stops at the next bidder's fields", () => {
    const text = '第一名:甲公司，投标报价:100万元\n第二名:乙公司，投标报价:101万元，最终报价:99万元';
    expect(lastRoundBidAfter(text, text.indexOf('元'))).toBeNull();
  });

  it('knows a last-round label', () => {
    expect(isLastRoundLabel('最终报价')).toBe(true);
    expect(isLastRoundLabel('投标报价')).toBe(false);
  });
});

describe('readResultAmount with quotes in rounds', () => {
  it("takes the winner's last round, never its first quote or its evaluated price", () => {
    const text = '成交供应商:杭州西溪教育装备有限公司\n投标报价:1,300,000.00元\n最终报价:1,235,000.00元\n评审价格:1,173,250.00元';
    expect(readResultAmount(text, ['杭州西溪教育装备有限公司'])).toBe(1235000);
    const ranked =
      '第一名:杭州西溪教育装备有限公司\n首次报价:1,300,000.00元\n最终报价:1,235,000.00元\n第二名:浙江之江信息技术有限公司\n首次报价:1,320,000.00元';
    expect(readResultAmount(ranked, ['杭州西溪教育装备有限公司'])).toBe(1235000);
  });

  it('keeps a single bid as it is', () => {
    expect(readResultAmount('中标人:湖州吴兴建设有限公司\n投标报价:1,300,000.00元\n工期:90日历天', ['湖州吴兴建设有限公司'])).toBe(1300000);
  });
});
