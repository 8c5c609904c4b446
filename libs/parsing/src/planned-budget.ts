import { type Budget, extractBudget } from './budget';

// A planned project's figure is what it will cost: its 总投资 (else its 投资额 or estimate). A lead
// database's entry retells the procedures the project went through in its progress lines (施工总承包
// 中标价9.86亿元, 最高投标限价6.18亿元): those prices belong to a later step, never the project's cost,
// and they make no result of the entry.
export function plannedProjectBudget(text: string): Budget | null {
  return extractBudget(text, { bidPricesQuoted: true, investmentFirst: true });
}
