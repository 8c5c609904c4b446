import { extractBudget } from './budget';
import { parseBulletin } from './bulletin-parser';
import { isProjectInvestmentLabel, selectsAnInvestor } from './project-investment';

describe('isProjectInvestmentLabel', () => {
  it('sees a project investment label', () => {
    expect(isProjectInvestmentLabel('项目总投资')).toBe(true);
    expect(isProjectInvestmentLabel('估算总投资')).toBe(true);
    expect(isProjectInvestmentLabel('工程 总投资')).toBe(true);
  });

  it('leaves what a procurement costs or caps alone', () => {
    expect(isProjectInvestmentLabel('采购预算')).toBe(false);
    expect(isProjectInvestmentLabel('最高投标限价')).toBe(false);
    expect(isProjectInvestmentLabel('合同估算价')).toBe(false);
    expect(isProjectInvestmentLabel('本次招标范围内投资')).toBe(false);
  });
});

describe('selectsAnInvestor', () => {
  it('sees a PPP, concession or investor selection', () => {
    expect(selectsAnInvestor('某县供水一体化PPP项目社会资本方采购公告')).toBe(true);
    expect(selectsAnInvestor('某市餐厨垃圾处理特许经营项目特许经营者选择公告')).toBe(true);
    expect(selectsAnInvestor('某区产业园片区开发合作投资人招标公告')).toBe(true);
    expect(selectsAnInvestor('某县文旅项目投建营一体化招标公告')).toBe(true);
  });

  it('leaves a works or design tender alone', () => {
    expect(selectsAnInvestor('某县老城片区更新项目方案设计招标公告')).toBe(false);
  });
});

describe('extractBudget with procurementOnly', () => {
  it('reads no project investment as the budget', () => {
    expect(extractBudget('项目总投资：约3.48亿元\n合作期限：15年', { procurementOnly: true })).toBeNull();
    expect(extractBudget('项目估算总投资：1.26亿元\n合作期：12年', { procurementOnly: true })).toBeNull();
    expect(extractBudget('计划投资约2亿元', { procurementOnly: true })).toBeNull();
  });

  it('still reads what the procurement costs or caps', () => {
    expect(extractBudget('项目总投资：约3.48亿元\n可用性服务费最高限价：2,150万元', { procurementOnly: true })?.yuan).toBe(21_500_000);
    expect(extractBudget('项目总投资：约3.48亿元\n采购预算：860万元', { procurementOnly: true })?.yuan).toBe(8_600_000);
  });

  it('falls back to the project investment without it', () => {
    expect(extractBudget('项目总投资：约3.48亿元\n合作期限：15年')?.yuan).toBe(348_000_000);
  });
});

describe('parseBulletin and a project investment', () => {
  it('gives an investor selection no budget from its 总投资', () => {
    const p = parseBulletin({
      title: '某县城乡供水一体化PPP项目社会资本方采购公告',
      body: '项目实施机构：某县水利局\n项目总投资：约3.48亿元\n合作期限：15年\n运作方式：BOT\n投标截止时间：2032年6月18日9时30分',
    });
    expect(p.category).toBe('tender');
    expect(p.budgetYuan).toBeNull();
  });

  it('gives a design tender its 总投资 as the fallback still', () => {
    const p = parseBulletin({
      title: '某县老城片区更新项目方案设计招标公告',
      body: '招标人：某县住房和城乡建设局\n工程总投资：约5.2亿元\n投标截止时间：2032年6月18日9时30分',
    });
    expect(p.budgetYuan).toBe(520_000_000);
  });

  it('gives a planned project its 总投资', () => {
    const p = parseBulletin({
      title: '某县城乡供水一体化PPP项目可行性研究报告批复',
      body: '项目总投资：约3.48亿元，资金来源为社会资本及财政资金。',
      category: 'proposed',
    });
    expect(p.budgetYuan).toBe(348_000_000);
  });
});
