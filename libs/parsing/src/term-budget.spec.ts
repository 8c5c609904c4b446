import { extractBudget } from './budget';
import { termTotalAfterYear } from './term-budget';

const yuan = (text: string) => extractBudget(text)?.yuan ?? null;

describe('termTotalAfterYear', () => {
  it('reads a larger whole-term total labelled after a year figure', () => {
    const text = '年度预算:90万元/年\n项目总预算:270万元(服务期三年)';
    expect(termTotalAfterYear(text, text.indexOf('/年'), 900_000)?.yuan).toBe(2_700_000);
  });

  it('ignores a total that is not larger, or none', () => {
    expect(termTotalAfterYear('年度预算:90万元\n总预算:90万元', 8, 900_000)).toBeNull();
    expect(termTotalAfterYear('年度预算：90万元\n服务期：三年', 8, 900_000)).toBeNull();
  });
});

describe('extractBudget for multi-year services', () => {
  it('prefers the whole term over the year when both are labelled', () => {
    expect(yuan('年度预算：90万元/年\n项目总预算：270万元（服务期三年，合同一年一签）')).toBe(2_700_000);
    expect(yuan('采购预算：每年60万元\n预算总金额：180万元')).toBe(1_800_000);
  });

  it('keeps the year figure when no total is given', () => {
    expect(yuan('采购预算：年度预算58万元（合同一年一签，服务期限最长三年）')).toBe(580_000);
  });
});

describe('extractBudget, a project estimate and the share tendered now', () => {
  it('takes the share of this 标段 after the project investment estimate', () => {
    expect(yuan('投资估算：2.35亿元，本标段合同估算价：8,600万元')).toBe(86_000_000);
  });

  it('keeps an estimate that no share follows', () => {
    expect(yuan('投资估算：2.35亿元\n建设内容：道路改造')).toBe(235_000_000);
  });
});
