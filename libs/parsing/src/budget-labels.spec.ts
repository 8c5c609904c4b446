import { budgetTierOf } from './budget-labels';
import { extractBudget } from './budget';

describe('budgetTierOf', () => {
  it('ranks the budget over ceilings, estimates and the total investment', () => {
    expect(budgetTierOf('预算金额(万元)')).toBe(0);
    expect(budgetTierOf('采购预算/最高限价')).toBe(0);
    expect(budgetTierOf('最高投标限价')).toBe(1);
    expect(budgetTierOf('招标控制价')).toBe(1);
    expect(budgetTierOf('服务金额上限：')).toBe(1);
    expect(budgetTierOf('收费上限为')).toBe(1);
    expect(budgetTierOf('投资额或合同估算价（万元）')).toBe(2);
    expect(budgetTierOf('项目总投资金额')).toBe(3);
  });

  it("takes a service tender's cap on its fee as its ceiling (own-b146)", () => {
    expect(budgetTierOf('监理服务费限价（万元）')).toBe(1);
    expect(budgetTierOf('设计费限价')).toBe(1);
    expect(extractBudget('标段 标段名称 监理服务费限价（万元） 服务期\n一标段 供热管网改造工程监理 68.40 8个月')?.yuan).toBe(684000);
  });

  it("takes an enterprise or framework tender's estimate, not the 暂估价 of one part", () => {
    expect(budgetTierOf('本项目暂估合同金额')).toBe(2);
    expect(budgetTierOf('框架协议期内预估采购金额')).toBe(2);
    expect(budgetTierOf('预计采购总金额')).toBe(2);
    expect(budgetTierOf('预估采购总额')).toBe(2);
    expect(budgetTierOf('合同暂估价')).toBe(2);
    expect(budgetTierOf('专业工程暂估价')).toBeNull();
    expect(budgetTierOf('预计发包金额（万元）')).toBe(2);
    expect(budgetTierOf('材料暂估价')).toBeNull();
  });

  it("takes a sole-source publicity's proposed price as its estimate", () => {
    expect(budgetTierOf('拟定价格')).toBe(2);
    expect(budgetTierOf('拟定采购金额（元）')).toBe(2);
    expect(budgetTierOf('拟采购价格')).toBe(2);
    expect(budgetTierOf('拟定供应商')).toBeNull();
  });

  it('does not take per-package, unit prices or other columns', () => {
    expect(budgetTierOf('包预算（元）')).toBeNull();
    expect(budgetTierOf('单价最高限价')).toBeNull();
    expect(budgetTierOf('资金来源')).toBeNull();
  });

  it('does not take 预算单位, the column of who spends the money', () => {
    expect(budgetTierOf('预算单位')).toBeNull();
    expect(budgetTierOf('预算单位名称')).toBeNull();
    expect(budgetTierOf('预算金额（万元）')).toBe(0);
  });
});

describe('budgetTierOf: a framework tender’s 采购规模', () => {
  it('reads 采购规模 as an estimate only when a figure follows it', () => {
    expect(budgetTierOf('本项目采购规模约为1,860万元')).toBe(2);
    expect(budgetTierOf('预估采购规模：320万元')).toBe(2);
    expect(budgetTierOf('采购规模')).toBeNull();
  });
});

describe('budgetTierOf: a signing against a contract’s 补充协议', () => {
  it('takes what a signing commits, not what a 补充协议 adds to a contract already let', () => {
    expect(budgetTierOf('协议金额为5000万元')).toBe(4);
    expect(budgetTierOf('签约总金额30亿元')).toBe(4);
    expect(budgetTierOf('补充协议金额：42,500.00元')).toBeNull();
    expect(budgetTierOf('变更协议金额：8万元')).toBeNull();
    expect(extractBudget('原合同金额：468,000.00元\n补充协议金额：42,500.00元\n补充协议签订日期：2034年7月15日')).toBeNull();
  });
});

describe('budgetTierOf: plans for a year or a quarter', () => {
  it('takes 计划投资 as a project’s plan, not a year’s or a quarter’s', () => {
    expect(budgetTierOf('计划投资')).toBe(4);
    expect(budgetTierOf('年度计划投资')).toBeNull();
    expect(budgetTierOf('季度计划投资')).toBeNull();
    expect(budgetTierOf('年度投资')).toBeNull();
  });
});

describe('budgetTierOf: an investor selection within a larger programme', () => {
  it("takes the investment within this tender's scope as its estimate, before the programme's total", () => {
    expect(budgetTierOf('其中本次招标范围内投资')).toBe(2);
    expect(budgetTierOf('本次采购估算总投资')).toBe(2);
    expect(budgetTierOf('片区开发总投资')).toBe(3);
    expect(extractBudget('选取方式：竞价\n服务金额上限：12.8万元')?.yuan).toBe(128_000);
    expect(extractBudget('片区开发总投资约35.6亿元，其中本次招标范围内投资约31.2亿元。\n合作期：15年。')?.yuan).toBe(3_120_000_000);
  });

  it('takes an inquiry’s ceiling named by the purchase (采购限价, 招标限价) as a ceiling (own-b141)', () => {
    expect(budgetTierOf('采购限价')).toBe(1);
    expect(budgetTierOf('招标限价')).toBe(1);
    expect(extractBudget('询价编号：XJ-01\n采购限价：368,000元\n报价截止时间：2035年3月30日')?.yuan).toBe(368_000);
  });
});

describe("budgetTierOf: a developer's 目标成本", () => {
  it('reads the target cost with its figure as an estimate, and nothing without one', () => {
    expect(budgetTierOf('目标成本：约860万元')).toBe(2);
    expect(budgetTierOf('目标成本管控')).toBeNull();
  });
});

describe('budgetTierOf: 估算合同价 (own-b165)', () => {
  it('reads 估算合同价 as an estimate, as 合同估算价 is', () => {
    expect(budgetTierOf('估算合同价：867万元')).toBe(2);
    expect(extractBudget('发包内容：施工总承包\n估算合同价：867万元\n预计发包时间：2039年10月')?.yuan).toBe(8_670_000);
  });
});
