import { ROLE_NOTE, membersOfCell, withoutGroupWords } from './consortium';
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

describe('consortium roles: a design-build member noted by its share of the works', () => {
  it('are role notes: 设计, 施工 and 勘察, alone or with 单位 or 方', () => {
    for (const note of ['(设计)', '(施工)', '(勘察)', '(设计单位)', '(施工方)']) expect(ROLE_NOTE.test(`甲公司${note}`)).toBe(true);
    // A buyer's role is none of them.
    for (const note of ['(采购单位)', '(建设单位)', '(设计施工)']) expect(ROLE_NOTE.test(`甲公司${note}`)).toBe(false);
  });

  it('part the members joined by + with the group word after them', () => {
    expect(readWinners('中标人：甲建筑勘察设计院有限公司(设计)+乙建工集团有限公司(施工)联合体\n中标价：3,865.42万元')).toEqual([
      '甲建筑勘察设计院有限公司',
      '乙建工集团有限公司',
    ]);
  });

  it('make a first candidate of two names one consortium, not two ranks', () => {
    expect(
      readWinners(
        '第一中标候选人：甲市政设计研究院有限公司(设计单位)、乙建工集团有限公司(施工单位)\n投标报价：45,126,800.00元\n第二中标候选人：丙工程设计有限公司(设计单位)、丁建设有限公司(施工单位)',
      ),
    ).toEqual(['甲市政设计研究院有限公司', '乙建工集团有限公司']);
  });
});

describe('withoutGroupWords', () => {
  it('drops the 由 that opens a list of members and the group words closing it', () => {
    expect(withoutGroupWords('由甲公司(牵头人)、乙公司、丙公司组成的联合体')).toBe('甲公司(牵头人)、乙公司、丙公司');
    expect(withoutGroupWords('甲公司、乙公司联合体')).toBe('甲公司、乙公司');
    expect(withoutGroupWords('由甲公司负责施工')).toBe('由甲公司负责施工');
  });
});
