import { codeAfterProjectName } from './named-code';

describe('codeAfterProjectName', () => {
  it('reads a code in the bracket closing the project’s name', () => {
    expect(codeAfterProjectName('项目名称：某景区提升改造工程（BJWL-2031-008）\n招标人：某公司')).toBe('BJWL-2031-008');
    expect(codeAfterProjectName('工程名称: 某道路工程(GS_2031_SG017)')).toBe('GS_2031_SG017');
  });

  it('does not read other brackets after a name', () => {
    expect(codeAfterProjectName('项目名称：某道路工程（一标段）')).toBeNull();
    expect(codeAfterProjectName('项目名称：某工程（EPC）')).toBeNull();
    expect(codeAfterProjectName('项目名称：某排水管网工程（DN-300）')).toBeNull();
    expect(codeAfterProjectName('项目名称：某学校（2031-008）改造')).toBeNull();
  });
});
