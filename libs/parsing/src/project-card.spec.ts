import { readNoticeKind } from './category';
import { readsAsProjectCard } from './project-card';

describe('readsAsProjectCard', () => {
  it('reads a card with a phase field and an investment field', () => {
    expect(readsAsProjectCard('项目名称：某产业园\n项目阶段：施工图审查\n总投资：5.8亿元')).toBe(true);
    expect(readsAsProjectCard('项目名称 | 某体育中心\n项目阶段 | 施工\n总投资 | 13.8亿元')).toBe(true);
    expect(readsAsProjectCard('| 项目进展 | 已备案 |\n| 计划总投资（万元） | 56800 |')).toBe(true);
  });

  it('needs both fields, each opening a line', () => {
    expect(readsAsProjectCard('项目阶段：施工\n建设地点：某镇')).toBe(false);
    expect(readsAsProjectCard('该项目总投资：5亿元，目前项目进展顺利')).toBe(false);
    // A progress table's column headers are no fields.
    expect(readsAsProjectCard('序号 | 项目名称 | 总投资（亿元） | 项目进展\n1 | 某道路 | 6.8 | 路基施工')).toBe(false);
  });
});

describe('a project card in readNoticeKind', () => {
  it('is a planned project whatever notices its progress lines retell', () => {
    const body =
      '项目名称：某航空物流枢纽项目\n项目阶段：施工\n建设单位：某物流发展有限公司\n总投资：12.6亿元\n施工总包：某建设集团有限公司\n' +
      '项目进展：\n2034-09-28 项目正式开工\n2034-08-19 施工总承包中标结果公示，中标单位某建设集团有限公司，中标价9.86亿元';
    expect(readNoticeKind({ title: '【在建项目】某航空物流枢纽项目', body }).category).toBe('proposed');
    const tender = '项目阶段：招标\n总投资：8.62亿元\n项目进展：\n2035-02-11 施工总承包招标公告发布，最高投标限价6.18亿元';
    expect(readNoticeKind({ title: '某安置房项目', body: tender }).category).toBe('proposed');
  });

  it('takes the stage from the newest dated line under a bare 项目进展 field', () => {
    const body = '建设单位：某新材料有限公司\n总投资：16.5亿元\n项目进展：\n2035-02-26 环境影响报告书获批复\n2034-10-09 项目完成备案';
    expect(readNoticeKind({ title: '某硅材料产业园项目', body })).toEqual({ category: 'proposed', stage: 'eia' });
  });

  it('leaves a notice titled by its kind to its title', () => {
    const body = '项目阶段：施工\n总投资：3亿元\n中标人：某建设有限公司';
    expect(readNoticeKind({ title: '某工程施工中标结果公示', body }).category).toBe('award');
  });
});
