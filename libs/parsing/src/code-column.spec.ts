import { cellUnderCodeHeader } from './code-column';
import { extractProjectCode } from './project-code';

describe('a code label heading a table column', () => {
  const list =
    '序号 | 项目代码 | 项目名称 | 项目单位 | 总投资(万元)\n1 | 2028-511621-26-03-118270 | 年产5万吨有机肥项目 | 某县绿源农业有限公司 | 6500\n2 | 2028-511621-13-03-118512 | 粮食烘干中心 | 某县丰裕粮油有限公司 | 1200';

  it('gives the first row’s cell', () => {
    expect(cellUnderCodeHeader(list, list.indexOf('项目代码'), '项目代码')).toBe('2028-511621-26-03-118270');
    expect(extractProjectCode(list)).toBe('2028-511621-26-03-118270');
  });

  it('reads nothing when the label is no header cell or the cell holds no code', () => {
    expect(cellUnderCodeHeader('项目代码：见附件 | 项目名称：某项目 | 某单位\n1 | 2 | 3', 0, '项目代码')).toBeNull();
    expect(extractProjectCode('序号 | 项目代码 | 项目名称\n1 | / | 某项目')).toBeNull();
  });
});

describe('cellUnderCodeHeader: a table flattened with spaces instead of bars', () => {
  it('reads the code under a header split by spaces or a tab', () => {
    const text = '项目编号  项目名称  中标人  中标价(元)\nAB-2030-SG-021  某路改造工程  某某市政工程有限公司  8,926,330.00';
    expect(extractProjectCode(text)).toBe('AB-2030-SG-021');
    expect(extractProjectCode('项目代码\t项目名称\t建设地点\n2030-341302-34-03-562190\t某项目\t某区')).toBe('2030-341302-34-03-562190');
  });
  it('does not take a line of prose with single spaces for a header', () => {
    expect(cellUnderCodeHeader('项目编号 见 附件\nAB-2030-001 某项目 某区', 0, '项目编号')).toBeNull();
  });
});
