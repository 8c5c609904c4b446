import { candidatesOnePerLot } from './lot-candidates';
import { readWinners } from './winners';

const twoLots =
  '包号：1　货物名称：彩色多普勒超声诊断系统　数量：3台\n中标候选人名称：甲医疗器械有限公司\n制造商名称：Nordhavn A/S\n投标价格：USD 812,400.00\n' +
  '包号：2　货物名称：电子胃肠镜系统　数量：2套\n中标候选人名称：乙科贸有限公司\n制造商名称：Kawashima Co., Ltd.\n投标价格：USD 596,000.00';

describe('candidatesOnePerLot', () => {
  it('counts the lots when each lot block names one candidate', () => {
    expect(candidatesOnePerLot(twoLots)).toBe(2);
    expect(candidatesOnePerLot(twoLots.replace(/包号：(\d)/gu, '第$1包'))).toBe(2);
  });

  it('is 0 for a ranked list within one lot, or without lots', () => {
    const oneLot = '包号：1\n中标候选人名称：甲有限公司\n中标候选人名称：乙有限公司\n包号：2\n货物名称：某设备';
    expect(candidatesOnePerLot(oneLot)).toBe(0);
    expect(candidatesOnePerLot('中标候选人：甲有限公司\n中标候选人：乙有限公司')).toBe(0);
  });
});

describe('readWinners with a candidate per lot', () => {
  it('names each lot’s candidate', () => {
    expect(readWinners(twoLots)).toEqual(['甲医疗器械有限公司', '乙科贸有限公司']);
  });
});
