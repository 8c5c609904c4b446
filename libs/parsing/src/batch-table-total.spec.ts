import { batchTableTotal } from './batch-table-total';

describe('batchTableTotal', () => {
  const header = '序号 | 项目名称 | 总投资（亿元） | 年度计划投资（亿元） | 完成率 | 形象进度';

  it('reads the 合计 row under the total-investment column, its empty cells kept', () => {
    const text = `进展如下：\n${header}\n1 | 甲道路工程 | 6.8 | 2.5 | 16.8% | 路基施工\n2 | 乙产业园 | 2.6 | 1.0 | 15.0% | 基础施工\n合计 | | 9.4 | 3.5 | 16.3% |`;
    expect(batchTableTotal(text)).toMatchObject({ yuan: 940_000_000, headerAt: 6 });
  });

  it('counts a total row that merges its label over the name columns from the right', () => {
    const text = `${header}\n1 | 甲道路工程 | 6.8 | 2.5 | 16.8% | 路基施工\n2 | 乙产业园 | 2.6 | 1.0 | 15.0% | 基础施工\n合计 | 9.4 | 3.5 | 16.3% | —`;
    expect(batchTableTotal(text)?.yuan).toBe(940_000_000);
    const bordered = '| 序号 | 项目 | 总投资（万元） |\n| 1 | 甲 | 3200 |\n| 合计 | | 3200 |';
    expect(batchTableTotal(bordered)?.yuan).toBe(32_000_000);
  });

  it('reads nothing from a table without a total row or a budget column', () => {
    expect(batchTableTotal(`${header}\n1 | 甲道路工程 | 6.8 | 2.5 | 16.8% | 路基施工`)).toBeNull();
    expect(batchTableTotal('序号 | 项目名称 | 进度\n1 | 甲 | 50%\n合计 | | 50%')).toBeNull();
  });

  it('reads a table from an office attachment, its cells split by TABs and its empty cells kept', () => {
    const text = '序号\t项目名称\t总投资（亿元）\t进展\n1\t甲大道改造\t3.2\t完工\n2\t乙污水厂\t1.5\t在建\n合计\t\t4.7\t';
    expect(batchTableTotal(text)?.yuan).toBe(470_000_000);
    expect(batchTableTotal('序号\t项目\t进度\n1\t甲\t50%\n合计\t\t50%')).toBeNull();
  });
});
