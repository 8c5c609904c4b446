import { ROLE_NOTE, membersOfCell } from './consortium';
import { readOrgAt } from './org-names';
import { readWinners } from './winners';

describe('consortium roles: 主办 and 协办 alone', () => {
  it('are role notes, with or without 方, 人 or 单位 after them', () => {
    for (const note of ['(主办)', '(协办)', '(主办人)', '(协办单位)', '(联合体主办方)']) expect(ROLE_NOTE.test(`甲公司${note}`)).toBe(true);
    expect(ROLE_NOTE.test('甲公司(主办单位推荐)')).toBe(false);
  });

  it('part the members of one cell', () => {
    expect(membersOfCell('甲交通规划设计院有限公司(主办)、乙岩土工程有限公司(协办)')).toEqual([
      '甲交通规划设计院有限公司',
      '乙岩土工程有限公司',
    ]);
  });

  it('are no part of a winner read after its label', () => {
    expect(readWinners('中标单位：甲交通规划设计院有限公司(主办)、乙岩土工程有限公司(协办)\n中标费用：人民币叁佰万元整')).toEqual([
      '甲交通规划设计院有限公司',
      '乙岩土工程有限公司',
    ]);
    expect(readOrgAt('：甲交通规划设计院有限公司(主办)', 0, 'supplier')).toBe('甲交通规划设计院有限公司');
  });
});

describe('a consortium introduced by 由 … 组成的联合体', () => {
  it('reads the members noted 主体方 and 成员方 without the 由', () => {
    expect(membersOfCell('由甲环保工程有限公司(主体方)与乙规划设计院有限公司(成员方)组成的联合体')).toEqual([
      '甲环保工程有限公司',
      '乙规划设计院有限公司',
    ]);
    expect(readWinners('中标人：由甲环保工程有限公司(主体方)与乙规划设计院有限公司(成员方)组成的联合体\n中标价：2,968.47万元')).toEqual([
      '甲环保工程有限公司',
      '乙规划设计院有限公司',
    ]);
  });

  it('keeps a 由 that opens a name when no consortium is formed', () => {
    expect(membersOfCell('由甲环保工程有限公司(主体方)、乙规划设计院有限公司(成员方)')[0]).toBe('由甲环保工程有限公司');
  });
});
