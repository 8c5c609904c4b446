import { spacedRowBudget } from './spaced-table';

describe('spacedRowBudget', () => {
  const intent =
    '现将本单位采购意向公开如下： 序号 采购项目名称 采购需求概况 预算金额（万元） 预计采购时间 备注 1 彩超采购 配置便携式彩超6台 156.00 2030年2月 2 运维服务 平台运维一年 38.50 2030年3月 本次公开的采购意向是初步安排。';

  it('reads row 1 under the budget column of a table flattened by spaces, in the unit of its header', () => {
    expect(spacedRowBudget(intent)).toEqual({ tier: 0, yuan: 1_560_000, sourceText: '预算金额（万元） | 156.00' });
    expect(spacedRowBudget('序号 项目名称 预算金额(元) 预计采购时间 1 路灯维护 386000 2028年5月')?.yuan).toBe(386_000);
  });

  it('reads nothing when the cell under the column is no amount or the table lists items', () => {
    expect(
      spacedRowBudget('序号 采购项目名称 采购需求概况 预算金额（万元） 预计采购时间 1 彩超采购 配置 便携式彩超 156.00 2030年2月'),
    ).toBeNull();
    expect(spacedRowBudget('序号 名称 数量 单价 预算金额 1 电脑 10 5000 50000')).toBeNull();
    expect(spacedRowBudget('序号 1 2 3')).toBeNull();
  });
});
