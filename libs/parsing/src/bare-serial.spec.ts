import { BARE_SERIAL } from './bare-serial';
import { numberedNames } from './label-value-lists';

describe('BARE_SERIAL', () => {
  it('reads a bare serial and a space before a name', () => {
    expect(BARE_SERIAL.exec('1 某某汽车服务有限公司 工时费折扣率82%')?.[0]).toBe('1 ');
    expect(BARE_SERIAL.exec('12\t某某印务有限公司')?.[0]).toBe('12\t');
  });

  it('leaves years, figures and numbered lines to other readers', () => {
    expect(BARE_SERIAL.test('2040 年度')).toBe(false);
    expect(BARE_SERIAL.test('1.某某公司')).toBe(false);
    expect(BARE_SERIAL.test('1某某公司')).toBe(false);
  });

  it('lists every name of a bare-numbered list under its label', () => {
    const text = '定点供应商：\n1 甲乙汽车服务有限公司 工时费折扣率82%\n2 丙丁汽车维修有限公司 工时费折扣率85%\n定点期限：两年';
    expect(numberedNames(text, text.indexOf('：') + 1)).toEqual(['甲乙汽车服务有限公司', '丙丁汽车维修有限公司']);
  });
});
