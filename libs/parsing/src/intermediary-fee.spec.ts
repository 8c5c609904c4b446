import { budgetTierOf } from './budget-labels';
import { parseBulletin } from './bulletin-parser';
import { CAP_PRICE_FIELD, SERVICE_FEE_FIELD } from './intermediary-fee';

describe('a 中介超市 job’s fee fields', () => {
  it('reads 服务金额 and 上限价 only as fields', () => {
    expect(SERVICE_FEE_FIELD.test('\n服务金额：12万元')).toBe(true);
    expect(SERVICE_FEE_FIELD.test('\n服务费金额: 9,000元')).toBe(true);
    expect(SERVICE_FEE_FIELD.test('按服务金额的10%收取')).toBe(false);
    expect(CAP_PRICE_FIELD.test('\n上限价：48000元')).toBe(true);
    expect(CAP_PRICE_FIELD.test('\n竞价上限价: 3万元')).toBe(true);
    expect(CAP_PRICE_FIELD.test('报价不得超过上限价')).toBe(false);
  });

  it('ranks the cap with the ceilings and the fee with the estimates', () => {
    expect(budgetTierOf('上限价：')).toBe(1);
    expect(budgetTierOf('服务金额：')).toBe(2);
  });

  it('reads them as the budget of an open notice, never of a result', () => {
    const open = (line: string) => parseBulletin({ title: '某局测绘服务选取公告', body: `采购人：某局\n${line}\n选取方式：随机抽取` });
    expect(open('服务金额：120,000.00元').budgetYuan).toBe(120000);
    expect(open('上限价：48000元').budgetYuan).toBe(48000);
    const result = parseBulletin({ title: '某局测绘服务中选结果公告', body: '中选机构：某某测绘有限公司\n服务金额：9.6万元' });
    expect(result.budgetYuan).toBeNull();
  });
});
