import { extractBudget } from './budget';
import { flatLotsTotal } from './flat-lots-total';

describe('flatLotsTotal', () => {
  const text = '预算金额： 包号 名称 预算金额(元) 1 课桌椅 685,000.00 2 宿舍家具 578,000.00 合计 1,263,000.00\n';

  it('reads the 合计 cell of a lots table flattened onto the label line', () => {
    expect(flatLotsTotal(text, '预算金额'.length)?.yuan).toBe(1_263_000);
    expect(extractBudget(text)?.yuan).toBe(1_263_000);
  });

  it('applies the unit of the header', () => {
    const wan = '采购预算: 序号 标项 预算(万元) 1 监控 42 2 门禁 36 合计 78';
    expect(flatLotsTotal(wan, '采购预算'.length)?.yuan).toBe(780_000);
  });

  it('needs a row-number header and a total cell', () => {
    expect(flatLotsTotal('预算金额：包1 42万元；包2 36万元', '预算金额'.length)).toBeNull();
    expect(flatLotsTotal('预算金额： 包号 名称 预算 1 课桌椅 685,000.00', '预算金额'.length)).toBeNull();
  });
});
