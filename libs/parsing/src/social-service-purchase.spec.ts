import { parseBulletin } from './bulletin-parser';
import {
  PURCHASING_BODY_LABEL,
  SERVICE_FUNDS_FIELD,
  SERVICE_TAKER_CALL,
  SERVICE_TAKER_LABEL,
  SERVICE_TAKER_REVIEW_RESULT,
} from './social-service-purchase';

describe('a government purchase of services from social organisations', () => {
  it('reads 购买主体 and 承接主体 only as fields', () => {
    expect(PURCHASING_BODY_LABEL.test('\n购买主体：某区民政局')).toBe(true);
    expect(PURCHASING_BODY_LABEL.test('由购买主体负责验收')).toBe(false);
    expect(SERVICE_TAKER_LABEL.test('\n承接主体：某社工服务中心')).toBe(true);
    expect(SERVICE_TAKER_LABEL.test('\n中标社会组织：某社工事务所')).toBe(true);
    expect(SERVICE_TAKER_LABEL.test('\n承接主体资格：依法登记的社会组织')).toBe(false);
    expect(SERVICE_TAKER_LABEL.test('\n原承接主体：某服务社')).toBe(false);
    expect(SERVICE_FUNDS_FIELD.test('\n项目经费：20万元')).toBe(true);
    expect(SERVICE_FUNDS_FIELD.test('\n项目资金来源：区级财政')).toBe(false);
  });

  it('names calls and review results by their titles', () => {
    expect(SERVICE_TAKER_CALL.test('某区青少年服务项目承接主体征集公告')).toBe(true);
    expect(SERVICE_TAKER_CALL.test('某市社区公益创投项目征集公告')).toBe(true);
    expect(SERVICE_TAKER_CALL.test('某区承接主体征集结果公示')).toBe(false);
    expect(SERVICE_TAKER_REVIEW_RESULT.test('某市公益创投项目评审结果公示')).toBe(true);
    expect(SERVICE_TAKER_REVIEW_RESULT.test('某道路工程评审结果公示')).toBe(false);
  });

  it('reads a call: buyer, money and the cut-off for applications', () => {
    const p = parseBulletin({
      title: '某县某街道2041年助老服务项目承接主体征集公告',
      body: '购买主体：某县某街道办事处\n项目经费：12万元\n承接主体资格：登记满一年的社会组织\n报名截止日期：2041年3月9日',
    });
    expect(p.category).toBe('tender');
    expect(p.stage).toBe('invitation');
    expect(p.buyer).toBe('某县某街道办事处');
    expect(p.budgetYuan).toBe(120000);
    expect(p.deadlineAt).not.toBeNull();
  });

  it('reads a review result: every organisation funded, a 服务社 too, and what the first is paid', () => {
    const p = parseBulletin({
      title: '某区2041年政府购买服务项目评审结果公示',
      body: '购买主体：某区民政局\n序号 | 项目名称 | 承接主体 | 资助金额（元）\n1 | 甲项目 | 某区阳光社会工作服务中心 | 52000\n2 | 乙项目 | 某区邻里家庭服务社 | 38000',
    });
    expect(p.stage).toBe('result');
    expect(p.winners).toEqual(['某区阳光社会工作服务中心', '某区邻里家庭服务社']);
    expect(p.awardYuan).toBe(52000);
  });

  it('reads the fee below a 承接机构 under a heading', () => {
    const p = parseBulletin({
      title: '某省民政厅绩效评价服务遴选结果公告',
      body: '遴选结果：\n承接机构：某市评估服务中心\n服务费用：98000.00元',
    });
    expect(p.winners).toEqual(['某市评估服务中心']);
    expect(p.awardYuan).toBe(98000);
  });
});
