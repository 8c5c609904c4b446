import { statesNoBudget } from './stated-no-budget';

describe('statesNoBudget', () => {
  it('sees a notice that sets no budget or ceiling', () => {
    expect(statesNoBudget('预算金额：本项目不设采购预算\n项目总投资：约2.36亿元')).toBe(true);
    expect(statesNoBudget('本项目不设最高投标限价。')).toBe(true);
    expect(statesNoBudget('采购预算：无\n项目总投资：约3亿元')).toBe(true);
  });

  it('leaves a stated budget alone', () => {
    expect(statesNoBudget('预算金额：无线设备采购120万元')).toBe(false);
    expect(statesNoBudget('预算金额：860万元\n最高限价：860万元')).toBe(false);
  });
});
