import { breakLotRows } from './lot-rows-line';

describe('breakLotRows', () => {
  it('sets each lot of a spaced one-line table on its own line', () => {
    expect(breakLotRows('中标结果：标段 中标人 金额 标段一：甲设备 甲公司 100.00 标段二：乙设备 乙公司 200.00')).toBe(
      '中标结果：标段 中标人 金额\n标段一：甲设备 甲公司 100.00\n标段二：乙设备 乙公司 200.00',
    );
    expect(breakLotRows('第1包：甲公司 100元 第2包：乙公司 200元')).toBe('第1包：甲公司 100元\n第2包：乙公司 200元');
  });

  it('leaves a line with one lot, or lots split by marks rather than spaces', () => {
    expect(breakLotRows('标段一：甲公司 中标价 100元')).toBe('标段一：甲公司 中标价 100元');
    expect(breakLotRows('标段一：甲公司；标段二：乙公司')).toBe('标段一：甲公司；标段二：乙公司');
  });
});
