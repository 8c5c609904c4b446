import { readStrayZeros } from './stray-zero';

describe('readStrayZeros', () => {
  it('reads a 〇 among the digits of a day as 0', () => {
    expect(readStrayZeros('调整为：2036年12月1〇日9:30')).toBe('调整为：2036年12月10日9:30');
  });

  it('reads a Latin O in a month or a year as 0', () => {
    expect(readStrayZeros('2036 年 1O 月 26 日')).toBe('2036 年 10 月 26 日');
    expect(readStrayZeros('2O36年3月5日')).toBe('2036年3月5日');
  });

  it('keeps a date in Chinese numerals as it is', () => {
    expect(readStrayZeros('二〇三六年十一月二日')).toBe('二〇三六年十一月二日');
  });

  it('keeps letters of a code and numbers away from a date', () => {
    expect(readStrayZeros('编号：NO12月报')).toBe('编号：NO12月报');
    expect(readStrayZeros('型号 O10 共 3 台')).toBe('型号 O10 共 3 台');
  });
});
