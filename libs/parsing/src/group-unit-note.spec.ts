import { withoutGroupUnitNote } from './group-unit-note';

describe('withoutGroupUnitNote', () => {
  it("cuts the group's unit written in brackets after a company's registered name", () => {
    expect(withoutGroupUnitNote('苏州嘉和房地产开发有限公司（嘉和地产苏州城市公司）')).toBe('苏州嘉和房地产开发有限公司');
    expect(withoutGroupUnitNote('西安云樾房地产开发有限公司(云樾地产西北区域)')).toBe('西安云樾房地产开发有限公司');
    expect(withoutGroupUnitNote('珠海某电器股份有限公司（某集团空调事业部）')).toBe('珠海某电器股份有限公司');
  });

  it('keeps brackets that are part of the name, and names with no company form before the bracket', () => {
    expect(withoutGroupUnitNote('华亿电器（芜湖）有限公司')).toBe('华亿电器（芜湖）有限公司');
    expect(withoutGroupUnitNote('某市城市管理局（某新区）')).toBe('某市城市管理局（某新区）');
    expect(withoutGroupUnitNote(null)).toBeNull();
  });
});
