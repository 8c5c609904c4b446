import { readResultAmount } from './award-amount';
import { withLotsInOrder } from './lot-order';

describe('withLotsInOrder', () => {
  it('puts rows of a lots table back in lot order', () => {
    const text = '标段 | 中标人 | 中标价(元)\n第三标段 | 丙公司 | 300\n第一标段 | 甲公司 | 100\n第二标段 | 乙公司 | 200\n其他说明';
    expect(withLotsInOrder(text)).toBe(
      '标段 | 中标人 | 中标价(元)\n第一标段 | 甲公司 | 100\n第二标段 | 乙公司 | 200\n第三标段 | 丙公司 | 300\n其他说明',
    );
  });

  it('leaves tables in order, and tables whose first column names no lot, as they are', () => {
    const inOrder = '包号\t成交供应商\t成交金额\n1\t甲公司\t100\n2\t乙公司\t200';
    expect(withLotsInOrder(inOrder)).toBe(inOrder);
    const ranking = '排名 | 投标人 | 投标报价\n2 | 乙公司 | 200\n1 | 甲公司 | 100';
    expect(withLotsInOrder(ranking)).toBe(ranking);
  });
});

describe('readResultAmount: a lots table listing a later lot first', () => {
  it('reads the award of lot 1, not of the first row', () => {
    const text =
      '中标结果：\n标段 | 中标人 | 中标价(元)\n二标段 | 某某路桥工程有限公司 | 2,480,000.00\n一标段 | 某某水利建设有限公司 | 3,126,500.00';
    expect(readResultAmount(text)).toBe(3_126_500);
  });

  it('reads lot 1 of a 包号 column written 包2 before 包1, beside other columns', () => {
    const text = '包号 货物名称 中标供应商 中标金额(元)\n包2 办公桌椅 某某家具有限公司 86,000.00\n包1 空调 某某电器有限公司 152,400.00';
    expect(readResultAmount(text)).toBe(152_400);
  });
});
