import { plannedProjectBudget } from './planned-budget';

describe('plannedProjectBudget', () => {
  it('reads the investment before a ceiling its progress lines retell', () => {
    const text = '项目阶段：招标\n总投资：8.62亿元\n项目进展：\n2035-02-11 施工总承包招标公告发布，最高投标限价6.18亿元';
    expect(plannedProjectBudget(text)?.yuan).toBe(862000000);
  });

  it('reads the investment beside a winning price', () => {
    const text = '项目阶段：施工\n总投资：12.6亿元\n2034-08-19 施工总承包中标结果公示，中标单位某建设集团有限公司，中标价9.86亿元';
    expect(plannedProjectBudget(text)?.yuan).toBe(1260000000);
  });

  it('still reads an estimate where no 总投资 is given', () => {
    expect(plannedProjectBudget('项目阶段：设计\n投资额：约2.3亿\n业主单位：某集团有限公司')?.yuan).toBe(230000000);
  });
});
