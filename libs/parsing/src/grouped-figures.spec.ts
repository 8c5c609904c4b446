import { closeGroupedFigures } from './grouped-figures';

describe('closeGroupedFigures', () => {
  it('closes up a space-grouped figure that puts a row one cell over its header', () => {
    expect(closeGroupedFigures('序号 中标人名称 中标价(元) 工期 项目负责人\n1 甲建设有限公司 1 876 540.32 120日历天 杨某')).toBe(
      '序号 中标人名称 中标价(元) 工期 项目负责人\n1 甲建设有限公司 1876540.32 120日历天 杨某',
    );
    expect(closeGroupedFigures('项目编号 项目名称 预算金额(元) 最高限价(元)\nAB-01 某采购项目 486 000.00 486 000.00')).toBe(
      '项目编号 项目名称 预算金额(元) 最高限价(元)\nAB-01 某采购项目 486000.00 486000.00',
    );
  });

  it('keeps rows whose cells already fit their header, and figures outside a table', () => {
    const fits = '序号 数量 单价(元)\n1 200 500.00';
    expect(closeGroupedFigures(fits)).toBe(fits);
    const prose = '最高投标限价：3 456 789.00 元\n中标价 1 200 000 元整 已公示';
    expect(closeGroupedFigures(prose)).toBe(prose);
  });

  it('leaves a row whose surplus the figures do not account for', () => {
    const odd = '序号 名称 金额(元)\n1 甲公司 乙公司 1 234.00';
    expect(closeGroupedFigures(odd)).toBe(odd);
  });
});
