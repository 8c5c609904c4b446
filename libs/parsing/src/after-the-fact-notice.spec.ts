import { AFTER_THE_FACT_NOTICE } from './after-the-fact-notice';
import { parseBulletin } from './bulletin-parser';

describe('AFTER_THE_FACT_NOTICE', () => {
  it('reads an after-the-fact notice of an emergency purchase', () => {
    expect(AFTER_THE_FACT_NOTICE.test('某镇人民政府洪灾应急物资采购事后公告')).toBe(true);
    expect(AFTER_THE_FACT_NOTICE.test('某区卫生健康局紧急采购事后公示')).toBe(true);
  });

  it('leaves an emergency call alone', () => {
    expect(AFTER_THE_FACT_NOTICE.test('某县应急管理局防汛物资应急采购公告')).toBe(false);
  });

  it('makes the notice an award', () => {
    const parsed = parseBulletin({
      title: '某镇人民政府地震应急帐篷采购事后公告',
      body: '采购单位：某镇人民政府\n采购日期：2040年5月2日\n成交供应商：某某商贸有限公司\n成交金额：36,800元',
    });
    expect(parsed.category).toBe('award');
    expect(parsed.stage).toBe('result');
  });
});
