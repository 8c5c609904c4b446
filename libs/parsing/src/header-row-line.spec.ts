import { splitHeaderRows } from './header-row-line';

describe('splitHeaderRows', () => {
  it('sets a spaced header run into its "|" row on two lines', () => {
    const line = '项目名称 项目编号 采购人 预算金额（万元） | 某某设备采购 | X-01 | 某某局 | 265.00';
    expect(splitHeaderRows(`说明\n${line}\n注：其他`)).toBe(
      '说明\n项目名称 | 项目编号 | 采购人 | 预算金额（万元）\n某某设备采购 | X-01 | 某某局 | 265.00\n注：其他',
    );
  });

  it('leaves a line alone when the words and the cells are not as many', () => {
    const line = '项目名称 项目编号 采购人 | 某某设备采购 | X-01';
    expect(splitHeaderRows(line)).toBe(line);
  });

  it('leaves prose and lists of names before a bar alone', () => {
    expect(splitHeaderRows('中标公告 | 项目编号：X-01 | 采购单位：某局')).toBe('中标公告 | 项目编号：X-01 | 采购单位：某局');
    const names = '甲公司 乙公司 丙公司 | 1 | 2 | 3';
    expect(splitHeaderRows(names)).toBe(names);
  });
});
