import { correctedCode } from './corrected-code';

describe('correctedCode', () => {
  it('reads the number a correction puts right', () => {
    expect(correctedCode('更正内容：原公告中项目编号“YHZC-2036-017”有误，正确的项目编号为“YHZC-2036-071”；其他内容不变。')).toBe(
      'YHZC-2036-071',
    );
    expect(correctedCode('更正内容：项目编号由“AB-2036-01”更正为“AB-2036-10”。')).toBe('AB-2036-10');
    expect(correctedCode('招标编号更正为：JSZB-2036-SG-018。')).toBe('JSZB-2036-SG-018');
  });

  it('is null when the number is not what is corrected', () => {
    expect(correctedCode('原公告的采购项目编号：YHZC-2036-017\n投标截止时间更正为2036年6月19日9:30')).toBeNull();
    expect(correctedCode('项目编号：AB-2036-01\n采购预算由100万元调整为120万元')).toBeNull();
  });
});
