import { readResultAmount } from './award-amount';
import { firstLotSection, withLotsInOrder } from './lot-order';

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

describe('readResultAmount: lots told in blocks or clauses, a later lot first', () => {
  it('reads lot 1 of blocks opened by their lot line', () => {
    const text =
      '第二标段：\n中标人：乙路桥有限公司\n中标价：2,480,000.00元\n第一标段：\n中标人：甲公路工程有限公司\n中标价：3,126,500.00元';
    expect(readResultAmount(text)).toBe(3_126_500);
    expect(readResultAmount('包2 中标供应商：乙科技有限公司 中标金额：86,000元\n包1 中标供应商：甲电器有限公司 中标金额：152,400元')).toBe(
      152_400,
    );
  });

  it('reads lot 1 of clauses joined in one sentence', () => {
    expect(readResultAmount('标段二中标人为乙建设有限公司，中标价为248万元；标段一中标人为甲建设有限公司，中标价为312.65万元。')).toBe(
      3_126_500,
    );
  });

  it('leaves lots told in order, and a count of lots, to the first amount', () => {
    expect(readResultAmount('第一标段：\n中标价：100,000元\n第二标段：\n中标价：200,000元')).toBe(100_000);
    expect(readResultAmount('本项目共2个标段。\n中标价：150,000元')).toBe(150_000);
  });
});

describe('firstLotSection', () => {
  it('is null when lot 1 comes first or is never named', () => {
    expect(firstLotSection('包1：甲\n包2：乙')).toBeNull();
    expect(firstLotSection('包2：乙\n包3：丙')).toBeNull();
    expect(firstLotSection('包2：乙\n包1：甲')).toBe('\n包1：甲');
  });
});

describe('lots lettered or in Roman numerals', () => {
  it('reads lot A or lot I first wherever it is told', () => {
    expect(readResultAmount('包B：成交供应商乙家具有限公司，成交金额：86,000元\n包A：成交供应商甲家具有限公司，成交金额：124,500元')).toBe(
      124_500,
    );
    expect(readResultAmount('II标段：中标人乙路桥有限公司，中标价：2,480,000元\nI标段：中标人甲路桥有限公司，中标价：3,150,000元')).toBe(
      3_150_000,
    );
  });

  it('puts a table lettered by lot back in order', () => {
    const table = '包号 | 中标人 | 中标价(元)\nC包 | 丙公司 | 300\nA包 | 甲公司 | 100\nB包 | 乙公司 | 200';
    expect(withLotsInOrder(table)).toBe('包号 | 中标人 | 中标价(元)\nA包 | 甲公司 | 100\nB包 | 乙公司 | 200\nC包 | 丙公司 | 300');
  });
});
