import { readResultAmount } from './award-amount';
import { parseBulletin } from './bulletin-parser';
import { FIELD_LIST_AWARD_LABEL } from './field-list-label';

describe('FIELD_LIST_AWARD_LABEL', () => {
  it('finds the money part of a label that lists name, address and amount', () => {
    expect('中标(成交)供应商名称、地址、金额:某公司'.match(FIELD_LIST_AWARD_LABEL)).toEqual(['金额']);
    expect('成交供应商名称、联系地址及成交金额：某公司'.match(FIELD_LIST_AWARD_LABEL)).toEqual(['金额']);
    expect('中标人名称、中标价格：某公司'.match(FIELD_LIST_AWARD_LABEL)).toEqual(['价格']);
    expect('供应商名称、地址、金额：某公司'.match(FIELD_LIST_AWARD_LABEL)).toEqual(['金额']);
    expect('中标供应商名称、统一社会信用代码、地址、中标金额：某公司'.match(FIELD_LIST_AWARD_LABEL)).toEqual(['金额']);
    expect('中标供应商名称及中标金额：某公司'.match(FIELD_LIST_AWARD_LABEL)).toEqual(['金额']);
  });

  it('leaves labels that list no winner alone', () => {
    expect('采购人名称、地址、预算金额：某局'.match(FIELD_LIST_AWARD_LABEL)).toBeNull();
    expect('中标供应商名称、地址：某公司，某路1号'.match(FIELD_LIST_AWARD_LABEL)).toBeNull();
  });

  it('reads the award past the name and the address in the value', () => {
    const text = '中标(成交)供应商名称、地址、金额:某某信息技术有限公司,某市某区都市路5001号,人民币壹佰贰拾捌万陆仟元整(¥1,286,000.00)。';
    expect(readResultAmount(text, ['某某信息技术有限公司'])).toBe(1_286_000);
    expect(readResultAmount('成交供应商名称、联系地址及成交金额：某某物业管理有限公司，某市中山路66号，¥356,000.00')).toBe(356_000);
    expect(readResultAmount('中标供应商名称、地址、中标金额：某某科技有限公司，某市某区某路18号，128.6万元')).toBe(1_286_000);
  });

  it('lets the parser read such a result whole', () => {
    const parsed = parseBulletin({
      title: '某区卫生信息系统升级项目中标结果公告',
      body: '三、中标（成交）信息\n中标（成交）供应商名称、地址、金额：某某信息技术有限公司，某市某区都市路5001号，人民币壹佰贰拾捌万陆仟元整（¥1,286,000.00）。',
    });
    expect(parsed.winners).toEqual(['某某信息技术有限公司']);
    expect(parsed.awardYuan).toBe(1_286_000);
  });
});
