import { quotesFormerResult } from './former-result';

describe('quotesFormerResult', () => {
  it('marks a label right after 原/变更前/更正前', () => {
    const text = '原中标人：甲公司\n变更前成交金额：5万元\n中标人：乙公司';
    expect(quotesFormerResult(text, text.indexOf('中标人'))).toBe(true);
    expect(quotesFormerResult(text, text.indexOf('成交金额'))).toBe(true);
    expect(quotesFormerResult(text, text.lastIndexOf('中标人'))).toBe(false);
  });

  it('marks every label of a line opened by 更正前, none of the line opened by 更正后', () => {
    const text = '更正前：成交供应商：甲公司，成交金额：50万元\n更正后：成交供应商：甲公司，成交金额：48万元';
    expect(quotesFormerResult(text, text.indexOf('成交金额'))).toBe(true);
    expect(quotesFormerResult(text, text.lastIndexOf('成交金额'))).toBe(false);
  });
});
