import { unboxTables } from './box-tables';

describe('unboxTables', () => {
  it('drops box-drawn borders and writes cell strokes as "|"', () => {
    const text = '结果:\n┌──┬──────┐\n│序号│供应商│\n├──┼──────┤\n│1 │青禾公司│\n└──┴──────┘\n联系人:王工';
    expect(unboxTables(text)).toBe('结果:\n|序号|供应商|\n|1 |青禾公司|\n联系人:王工');
  });

  it('drops ASCII +---+ borders and leaves a Markdown rule and ordinary dashes alone', () => {
    expect(unboxTables('+----+-----+\n| 包 | 金额 |\n+----+-----+\n| 1 | 5元 |')).toBe('| 包 | 金额 |\n| 1 | 5元 |');
    expect(unboxTables('| 包 | 金额 |\n|---|---|\n| 1 | 5元 |')).toBe('| 包 | 金额 |\n|---|---|\n| 1 | 5元 |');
    expect(unboxTables('备注:----\nA+B 两包')).toBe('备注:----\nA+B 两包');
  });
});
