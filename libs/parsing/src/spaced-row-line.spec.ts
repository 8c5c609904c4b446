import { splitSpacedRows } from './spaced-row-line';

describe('splitSpacedRows', () => {
  it('sets a header and its rows run onto one spaced line out one row a line', () => {
    const line =
      '采购单位 采购项目名称 预算金额（万元） 预计采购时间 某县人民医院 生化分析仪采购 260 2031年7月 某县人民医院 织物洗涤服务 186 2031年8月';
    expect(splitSpacedRows(line)).toBe(
      [
        '采购单位 | 采购项目名称 | 预算金额（万元） | 预计采购时间',
        '某县人民医院 | 生化分析仪采购 | 260 | 2031年7月',
        '某县人民医院 | 织物洗涤服务 | 186 | 2031年8月',
      ].join('\n'),
    );
  });

  it('leaves a header alone on its line, a sentence, and cells that do not fill whole rows', () => {
    expect(splitSpacedRows('序号 采购项目名称 预算金额（万元） 预计采购时间')).toBe('序号 采购项目名称 预算金额（万元） 预计采购时间');
    expect(splitSpacedRows('本次公开的采购意向是本单位政府采购工作的初步安排')).toBe('本次公开的采购意向是本单位政府采购工作的初步安排');
    expect(splitSpacedRows('项目名称 采购人 预算金额 某项目 某局')).toBe('项目名称 采购人 预算金额 某项目 某局');
    // A header whose unit holds a comma is read short; its other words are columns, not a row.
    const header = '序号 采购项目名称 采购需求概况 预算金额（估算，万元） 预计采购时间 备注';
    expect(splitSpacedRows(header)).toBe(header);
  });
});
