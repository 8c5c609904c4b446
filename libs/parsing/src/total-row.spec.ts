import { readAwardAmount } from './award-amount';

describe('award from the 合计 row of a one-supplier goods table', () => {
  it('reads the 合计 row, not the first item, when every row names the same supplier', () => {
    const text =
      '品目 | 中标供应商 | 数量 | 单价(元) | 总价(元)\n蒸饭柜 | 远山厨具有限公司 | 2 | 8,600.00 | 17,200.00\n消毒柜 | 远山厨具有限公司 | 3 | 4,200.00 | 12,600.00\n合计 | | | | 29,800.00';
    expect(readAwardAmount(text)).toBe(29_800);
  });

  it('reads the first lot when the rows name different lots or suppliers', () => {
    const text =
      '包号 | 品目 | 中标供应商 | 数量 | 中标金额(元)\n1 | 蒸饭柜 | 远山厨具有限公司 | 2 | 17,200.00\n2 | 消毒柜 | 青禾电器有限公司 | 3 | 12,600.00\n合计 | | | | 29,800.00';
    expect(readAwardAmount(text)).toBe(17_200);
  });
});
