import { labelSaysTotal, lotsOfSeveralWinners } from './lots-total';

describe('lotsOfSeveralWinners', () => {
  it('needs two lots and two winners', () => {
    const text = '合同包1(平板):\n中标供应商:甲公司\n合同包2(器材):\n中标供应商:乙公司';
    expect(lotsOfSeveralWinners(text, ['甲公司', '乙公司'])).toBe(true);
    expect(lotsOfSeveralWinners('标项一由甲公司以¥1元成交,标项二由乙公司以¥2元成交', ['甲公司', '乙公司'])).toBe(true);
    expect(lotsOfSeveralWinners(text, ['甲公司'])).toBe(false);
    // A consortium's members are two winners of one lot: its total is the award.
    expect(lotsOfSeveralWinners('中标人:甲公司(牵头人)、乙公司(成员)\n中标总价:1,286万元', ['甲公司', '乙公司'])).toBe(false);
  });
});

describe('labelSaysTotal', () => {
  it('sees 合计/总计/共计 right after or before the label', () => {
    const text = '两个标项成交金额合计人民币600,800.00元;合计成交金额:1元;成交金额:386,500元';
    const at = (label: string, from = 0) => text.indexOf(label, from);
    expect(labelSaysTotal(text, at('成交金额'), at('成交金额') + 4)).toBe(true);
    const second = at('成交金额', at('合计成交金额'));
    expect(labelSaysTotal(text, second, second + 4)).toBe(true);
    const third = text.lastIndexOf('成交金额');
    expect(labelSaysTotal(text, third, third + 4)).toBe(false);
  });
});
