import { stageFieldValues } from './stage-field-value';

describe('stageFieldValues', () => {
  it('reads the value after a stage label', () => {
    expect(stageFieldValues('项目名称：某项目\n审批事项：企业投资项目核准\n')).toEqual(['企业投资项目核准']);
    expect(stageFieldValues('项目阶段：可研已批复')).toEqual(['可研已批复']);
  });

  it('offers the cell under a stage label that heads a column before the next header cell', () => {
    const text =
      '项目代码 | 审批文号 | 审批事项 | 审批结果 | 办结日期\n2036-231004-47-01-650273 | 某发改审〔2036〕22号 | 可行性研究报告审批 | 同意 | 2036-05-26';
    expect(stageFieldValues(text)[0]).toBe('可行性研究报告审批');
  });

  it('still offers the same-row value of a form laid out in pairs', () => {
    const values = stageFieldValues('项目阶段 | 立项 | 项目单位 | 某镇人民政府\n总投资 | 1200万元 | 建设地点 | 某镇');
    expect(values[values.length - 1]).toBe('立项 | 项目单位 | 某镇人民政府');
  });

  it('is empty without a stage field', () => {
    expect(stageFieldValues('项目名称：某项目\n总投资：1200万元')).toEqual([]);
  });
});
