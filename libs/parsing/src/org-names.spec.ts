import { readOrgAt } from './org-names';

describe('readOrgAt', () => {
  it('keeps 小学校 and 中学校 whole, as schools in some provinces are named', () => {
    expect(readOrgAt('采购人：青禾县东街小学校', 4, 'any')).toBe('青禾县东街小学校');
    expect(readOrgAt('采购人：青禾县第二中学校', 4, 'any')).toBe('青禾县第二中学校');
    expect(readOrgAt('采购人：青禾县东街小学', 4, 'any')).toBe('青禾县东街小学');
  });
});
