import { readResultAmount } from './award-amount';
import { separateCreditCodes, validCreditCode } from './credit-code';

// Codes made up for these tests, with right check characters.
const VALID_DIGITS = '913205947777777715';
const VALID_LETTER = '91440300MA5G0Q0Q00';

describe('credit codes run into amounts', () => {
  it('checks the check character', () => {
    expect(validCreditCode(VALID_DIGITS)).toBe(true);
    expect(validCreditCode(VALID_LETTER)).toBe(true);
    expect(validCreditCode('913205947777777716')).toBe(false);
    expect(validCreditCode('12345')).toBe(false);
  });

  it('splits a valid code from the amount behind it', () => {
    expect(separateCreditCodes(`某某科技有限公司${VALID_DIGITS}2520万元`)).toBe(`某某科技有限公司${VALID_DIGITS} 2520万元`);
  });

  it('splits any code-shaped run under a 信用代码 column, and leaves other numbers alone', () => {
    const text = '供应商名称统一社会信用代码中标(成交)金额某某信息技术有限公司9132059400000000011865000.00元';
    expect(readResultAmount(text)).toBe(1_865_000);
    expect(separateCreditCodes('合同编号2026031500000000001234元')).toBe('合同编号2026031500000000001234元');
  });
});
