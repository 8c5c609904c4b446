import { chineseAmountValue, chineseDigitsValue, chineseIntegerValue } from './chinese-numerals';

describe('chineseIntegerValue', () => {
  it.each([
    ['二十一', 21],
    ['十五', 15],
    ['叁佰伍拾', 350],
    ['一千零五', 1005],
    ['壹拾万零伍佰', 100_500],
    ['柒万伍仟', 75_000],
    ['壹亿贰仟万', 120_000_000],
    ['两万', 20_000],
  ])('%s → %d', (text, value) => {
    expect(chineseIntegerValue(text)).toBe(value);
  });

  it('rejects text that is not a numeral', () => {
    expect(chineseIntegerValue('三月')).toBeNull();
    expect(chineseIntegerValue('')).toBeNull();
  });
});

describe('chineseAmountValue', () => {
  it('reads capital-numeral amounts in yuan', () => {
    expect(chineseAmountValue('柒万伍仟元整')).toBe(75_000);
    expect(chineseAmountValue('叁佰伍拾万元整')).toBe(3_500_000);
    expect(chineseAmountValue('伍拾元伍角叁分')).toBe(50.53);
  });

  it('reads a decimal figure in 万 or 亿 written with 点', () => {
    expect(chineseAmountValue('壹佰贰拾捌点陆伍万元')).toBe(1_286_500);
    expect(chineseAmountValue('叁点捌伍亿元')).toBe(385_000_000);
    expect(chineseAmountValue('壹亿点伍万元')).toBeNull();
  });

  it('needs the 元 that makes it money', () => {
    expect(chineseAmountValue('一')).toBeNull();
    expect(chineseAmountValue('叁佰伍拾万')).toBeNull();
  });
});

describe('chineseDigitsValue', () => {
  it('reads years digit by digit', () => {
    expect(chineseDigitsValue('二〇二四')).toBe(2024);
    expect(chineseDigitsValue('二零二六')).toBe(2026);
    expect(chineseDigitsValue('二〇二x')).toBeNull();
  });
});
