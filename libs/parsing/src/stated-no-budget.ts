// "预算金额：本项目不设采购预算", "不设最高投标限价": a notice (often a PPP or concession selection, whose
// bids are rates or unit prices) that says it sets no budget. The project's 总投资 it also states is
// then what the project costs, not a budget of this procurement.
const NO_BUDGET_SET =
  /(?:不设置?|未设置?|不设定|无)(?:采购|招标)?(?:预算|最高(?:投标|采购)?限价|(?:招标)?控制价)|(?:预算金额|采购预算|最高(?:投标)?限价)(?:\([^()\n]{0,8}\))?[ \t]*[:：][ \t]*(?:无|不设)[ \t]*(?:\n|$)/u;

/** True when the notice says outright that it sets no budget or ceiling. */
export function statesNoBudget(text: string): boolean {
  return NO_BUDGET_SET.test(text);
}
