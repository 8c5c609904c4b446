import { deadlineColumn } from './deadline-column';

describe('deadlineColumn', () => {
  it('reads the first row under a 投标截止时间 or 开标时间 column', () => {
    const table =
      '项目名称 | 预算金额（万元） | 获取文件时间 | 投标截止时间\n某某采购 | 265.00 | 2030-02-01至2030-02-08 | 2030-02-20 09:30';
    expect(deadlineColumn(table)).toEqual(new Date('2030-02-20T01:30:00Z'));
    expect(deadlineColumn('序号 | 项目名称 | 开标时间\n1 | 某某工程 | 2030年2月20日14:30')).toEqual(new Date('2030-02-20T06:30:00Z'));
  });

  it('never reads a column of another cut-off as the bid deadline', () => {
    expect(deadlineColumn('项目名称 | 报名截止时间 | 获取文件截止时间\n某某采购 | 2030-02-08 17:00 | 2030-02-09 17:00')).toBeNull();
  });

  it('gives nothing when the column holds no date', () => {
    expect(deadlineColumn('项目名称 | 预算 | 投标截止时间\n某某采购 | 10万元 | 详见招标文件')).toBeNull();
  });
});
