import { unitNotedBelow } from './unit-note-below';

describe('unitNotedBelow', () => {
  it('reads a unit note on a line of its own under a table', () => {
    const table = '序号 | 项目名称 | 预算金额\n1 | 课桌椅采购 | 56\n';
    expect(unitNotedBelow(`${table}注：金额单位为万元。`, 0)).toBe(10_000);
    expect(unitNotedBelow(`${table}（本表金额单位：万元）\n联系电话：0731-8888xxxx`, 0)).toBe(10_000);
    expect(unitNotedBelow(`${table}单位：元`, 0)).toBe(1);
  });

  it('ignores a unit inside a sentence or out of reach', () => {
    const table = '序号 | 项目名称 | 预算金额\n1 | 课桌椅采购 | 56\n';
    expect(unitNotedBelow(`${table}保证金的金额单位为万元，请按时缴纳。`, 0)).toBeNull();
    expect(unitNotedBelow(`${table}采购单位：某县教育局`, 0)).toBeNull();
    expect(unitNotedBelow(`${table}${'说明文字。\n'.repeat(300)}单位：万元`, 0)).toBeNull();
    expect(unitNotedBelow(table, -1)).toBeNull();
  });
});
