import { inFirstRoundAside, ownRoundFirst } from './first-round-aside';

describe('inFirstRoundAside', () => {
  const text =
    '本项目首次公告于2034年5月30日发布（项目编号：AB-01，预算金额：820,000.00元），因供应商不足三家招标失败。\n项目编号：AB-01-2\n预算金额：865,000.00元';

  it('marks a label in the bracket after the words naming the first round', () => {
    expect(inFirstRoundAside(text, text.indexOf('项目编号'))).toBe(true);
    expect(inFirstRoundAside(text, text.indexOf('预算金额'))).toBe(true);
  });

  it('leaves the notice’s own labels and brackets that name no earlier round', () => {
    expect(inFirstRoundAside(text, text.lastIndexOf('项目编号'))).toBe(false);
    const plain = '某学校实验室设备采购项目（项目编号：AB-02）现进行公开招标。';
    expect(inFirstRoundAside(plain, plain.indexOf('项目编号'))).toBe(false);
  });

  it('puts the first round’s matches last', () => {
    const matches = [...text.matchAll(/项目编号/gu)];
    expect(ownRoundFirst(text, matches).map((m) => m.index)).toEqual([text.lastIndexOf('项目编号'), text.indexOf('项目编号')]);
  });
});
