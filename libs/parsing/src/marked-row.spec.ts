import { markedQuoteWinner } from './marked-row';

describe('markedQuoteWinner', () => {
  it('reads the quote line closed by 成交 among several, wherever it stands', () => {
    const text = '报价记录：\n甲家电有限公司 ￥115,200.00\n乙电器商行 ￥113,600.00 成交\n丙商贸有限公司 ￥117,600.00';
    expect(markedQuoteWinner(text)).toBe('乙电器商行');
  });

  it('passes over lines marked 未成交 and reads none when two lines are marked', () => {
    expect(markedQuoteWinner('甲科技有限公司 59,800.00 未成交\n乙信息技术有限公司 57,360.00 成交')).toBe('乙信息技术有限公司');
    expect(markedQuoteWinner('甲科技有限公司 59,800.00 成交\n乙信息技术有限公司 57,360.00 成交')).toBeNull();
  });

  it('reads no lone field line as a list of quotes', () => {
    expect(markedQuoteWinner('乙电器商行 113,600.00元 成交')).toBeNull();
    expect(markedQuoteWinner('甲家电有限公司 ￥115,200.00\n乙电器商行 ￥113,600.00')).toBeNull();
  });
});
