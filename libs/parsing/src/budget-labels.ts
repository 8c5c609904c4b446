import { CAP_PRICE_FIELD, SERVICE_FEE_FIELD } from './intermediary-fee';
import { SERVICE_FUNDS_FIELD } from './social-service-purchase';

/** A tier's own pattern with field labels kept in files of their own as more alternatives. */
function withFields(tier: RegExp, ...fields: RegExp[]): RegExp {
  return new RegExp([tier, ...fields].map((r) => r.source).join('|'), 'gu');
}

// Budget labels, most specific to this tender first. A notice often states several amounts:
// the budget and the price ceiling usually agree; the whole project's total investment is only
// a fallback because a tender is often one part of a larger project.
export const BUDGET_TIERS: readonly RegExp[] = [
  // 0 · the budget itself: 预算金额, 采购预算, 项目预算金额, 预算/采购控制价, 预算金额/最高限价
  // 预算内投资/预算内资金 is where the money comes from (the state budget), not how much there is;
  // 预算单位 is who spends it (an intent table's column of buyers), not an amount.
  // "采购金额(预算)：120万元": an amount labelled as the budget in a bracket note is the budget too.
  /(?:采购|项目|招标)?(?:金额|资金)\((?:预算|预算金额)\)|(?<![包单])(?:项目|采购|招标|本项目|总)?预算(?!内|单位)(?:控制金额|控制价|总金额|金额|价|总价|资金|总额)?(?:\s*[/、]\s*(?:采购|招标)?(?:控制价|最高限价)(?:总价)?)?/gu,
  // 1 · price ceilings: 最高限价, 最高投标限价, 招标控制价, 控制价（最高限价）, 拦标价, and the cap
  // said as a rule: "投标报价不得超过2,186,500元"; 限价 alone as a field ("限价：120万元").
  // An enterprise's inquiry names its ceiling by the purchase (采购限价, 招标限价, 项目限价, 询价限价).
  // A 中介超市 job caps its fee as a limit on the amount (服务金额上限, 收费上限, 服务费上限), or as 上限价.
  // A service tender (监理, 设计, 勘察) caps the fee it pays, which is all it buys: 监理服务费限价, 设计费限价.
  withFields(
    /(?<!单价)(?:最高(?:投标)?限价|投标限价|(?:招标|采购)?控制(?:总)?价|拦标价|(?:采购|招标|项目|询价)限价|(?:服务)?费用?限价)|(?<=^|[\s、.．:：;；])限价(?=\s*[:：])|(?:服务|咨询|项目|采购)?(?:金额|费用?|收费|价格)上限(?=\s*(?:为|[:：]))|(?:投标|响应|磋商|谈判)?(?:总)?报价[^\n，。,;；]{0,4}?不得(?:超过|高于)(?=\s*(?:人民币)?\s*[\d¥￥壹贰叁肆伍陆柒捌玖拾佰仟])/gu,
    CAP_PRICE_FIELD,
  ),
  // 2 · estimates and this works' investment: 合同估算价 (估算合同价), 投资额或合同估算价, 招标金额, 本工程投资, 建安造价, 预估金额;
  // in a notice still open, 采购金额/项目金额 as a field can only be what is to be spent (a result is never read here);
  // so is a 中介超市 job's 服务金额 (intermediary-fee.ts), and a 政府购买服务 call's 项目资金 or 项目经费
  // (social-service-purchase.ts).
  // Enterprise and framework tenders state what they expect to spend as an estimate: 暂估合同金额, 预估采购
  // 金额, 预计采购总金额. A 暂估价 of one part (专业工程, 材料, 设备) is only a share of the ceiling.
  // A works plan says what it means to let out as 预计发包金额 (发包 is the works word for 采购); a service
  // tender may estimate only its fee in prose (监理服务费估算约86万元, 设计费估算为…). A carrier's or a grid's
  // framework tender gives what it expects to spend as its 采购规模 ("采购规模约为1,860万元"), when a figure follows.
  // A sole-source publicity names the one supplier before any deal and states what it means to pay
  // as 拟定价格 / 拟定采购金额 / 拟采购价格: that price is the money set aside, the only figure given.
  // A 片区开发 or investor selection may tender part of a larger programme: "片区开发总投资约35.6亿元，
  // 其中本次招标范围内投资约31.2亿元" — the investment within this tender's scope is its own.
  // A developer's tender gives what its cost plan sets aside for the package as 目标成本 (目标成本：约860万元).
  withFields(
    /本次(?:招标|采购)(?:范围)?内?的?(?:估算)?(?:总)?投资(?:额)?|拟定(?:采购|成交)?(?:价格|金额)|拟采购(?:价格|金额)|(?<=^|[\s、.．])(?:采购|项目)金额(?=\s*[:：])|(?:预计|预估)?采购规模(?=\s*(?:约|为|[:：])*\s*\d)|投资额(?:或(?:合同)?估算价)?|(?:合同)?估算(?:合同)?(?:价|金额)|投资估算|估算(?:总)?投资|招标金额|本工程投资|(?:建安)?工程造价|建安造价|(?<!专业工程|专业分包|材料|设备)(?:预估|暂估|预计)(?:总)?(?:合同|采购|项目|服务|发包)?(?:总)?(?:金额|总额|价)|(?:项目|工程|(?<!单)费用?)估算(?=\s*[:：为]|\s*约?\s*\d)|(?:总)?概算(?:投资|金额)?|目标成本(?=\s*(?:约|为|[:：])*\s*(?:人民币)?\s*\d)/gu,
    SERVICE_FEE_FIELD,
    SERVICE_FUNDS_FIELD,
  ),
  // 3 · the whole project: 项目总投资, 工程总投资, 总投资
  // A 总投资 of one purpose within it (水土保持总投资, 环保总投资) is that part's, not the project's.
  /(?<!(?:水土保持|水保|环保|环境保护|安全设施|职业病防护设施|消防设施|节能)(?:工程|措施|设施)?)(?:项目|工程)?总投资(?:金额|额)?/gu,
  // 4 · press reports' looser words: 计划投资, 投资总额/规模, "投资约2亿元建设…", "投入9000万元资金",
  // and what a signing commits (签约总金额, 协议投资额). A 补充协议 (变更协议) adds to a contract already let: its
  // 补充协议金额 is a contract sum, as the 合同金额 beside it, never what a project is to cost.
  // A year's spending (计划完成投资, 年内投资, 当年投资) or a share (环保投资) is not what a project costs; nor is a
  // year's or a quarter's plan (年度计划投资, 季度计划投资), which a progress report states with no total at all.
  /(?:签约|(?<!补充|变更|增补)协议)(?:总)?(?:金额|额|资金|投资(?:额)?)(?=\s*[:：为]?\s*(?:约|近|逾|超过?|达)?\s*\d)|(?<![成年内度])(?:计划|拟|预计)投资|投资(?:总额|规模)|投入(?:专项)?(?:资金)?(?=\s*(?:约|近|逾|超)?\s*\d)|(?<![成年内保度])(?<![年内度]计划)(?<!(?:水土保持|水保|环保|环境保护|安全设施|职业病防护设施|消防设施|节能)(?:工程|措施|设施)?总)投资(?=\s*[:：为]?\s*(?:约|近|逾|超|达)?\s*\d)/gu,
];

/** Tier (0 = best) of a table header or label text, or null when it is not a budget label. */
export function budgetTierOf(label: string): number | null {
  const flat = label.replace(/\s+/g, '');
  for (let tier = 0; tier < BUDGET_TIERS.length; tier++) {
    const re = new RegExp(BUDGET_TIERS[tier].source, 'u');
    if (re.test(flat)) return tier;
  }
  return null;
}
