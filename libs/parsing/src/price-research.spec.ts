import { readNoticeKind } from './category';
import { readsAsPriceResearch } from './price-research';

describe('readsAsPriceResearch', () => {
  it.each([
    '注：本询价函仅作价格参考，不作为采购依据。',
    '本次调研仅用于了解市场行情、测算预算，参与与否不影响后续采购。',
    '本次报价仅供编制采购预算使用。',
    '本公告不属于政府采购活动，不确定供应商。',
  ])('reads %s as research', (body) => {
    expect(readsAsPriceResearch(body)).toBe(true);
  });

  it.each([
    '本次公开的采购意向仅供参考，具体以采购公告为准。',
    '分项报价仅作为评审参考。',
    '工程量清单仅供参考，投标人应自行核实。',
    '投标截止时间：2028年6月20日9时30分',
  ])('leaves %s alone', (body) => {
    expect(readsAsPriceResearch(body)).toBe(false);
  });
});

describe('price research notices', () => {
  it('reads a 询价函 or 询价公告 that says it is only research as a pre-announcement, whatever its title', () => {
    const body = '各供应商：\n为编制预算，请报价。\n报价截止：2028年6月16日\n本询价函仅作价格参考，不作为采购依据，也不产生成交结果。';
    expect(readNoticeKind({ title: '某医院彩超询价函', body })).toEqual({ category: 'intent', stage: 'pre_announcement' });
    expect(readNoticeKind({ title: '某医院彩超询价公告', body })).toEqual({ category: 'intent', stage: 'pre_announcement' });
  });

  it('reads 价格调查 and 市场调查 titles as pre-announcements', () => {
    expect(readNoticeKind({ title: '某县医院监护仪价格调查公告' })).toEqual({ category: 'intent', stage: 'pre_announcement' });
    expect(readNoticeKind({ title: '某中学智慧黑板市场调查公告' })).toEqual({ category: 'intent', stage: 'pre_announcement' });
    expect(readNoticeKind({ title: '某学校智慧教室采购需求论证公示' })).toEqual({ category: 'intent', stage: 'pre_announcement' });
    // A purchase of such a service is still a tender.
    expect(readNoticeKind({ title: '某局采购需求论证服务采购公告' }).category).toBe('tender');
  });

  it('keeps a title naming another kind, and a tender without the disclaimer', () => {
    const research = '本次报价仅作价格参考。';
    expect(readNoticeKind({ title: '某项目中标结果公告', body: research }).category).toBe('award');
    expect(readNoticeKind({ title: '某医院彩超询价公告', body: '报价截止时间：2028年6月16日' }).category).toBe('tender');
  });
});

describe('readsAsPriceResearch: a call that says it is no procurement notice (own-b165)', () => {
  it('reads 不是采购公告 or 不是招标公告 as research, and a call for suppliers so worded as a pre-announcement', () => {
    expect(readsAsPriceResearch('本次征集不是采购公告，后续将依法另行组织采购。')).toBe(true);
    expect(readsAsPriceResearch('本公示不是招标公告，潜在投标人无需报名。')).toBe(true);
    expect(readsAsPriceResearch('本公告是采购公告，请按时递交响应文件。')).toBe(false);
    const body = '拟采购预算：96万元\n本次征集不是采购公告，后续将依法另行组织采购。';
    expect(readNoticeKind({ title: '某县某平台升级项目意向供应商征集公告', body })).toEqual({
      category: 'intent',
      stage: 'pre_announcement',
    });
    expect(readNoticeKind({ title: '某集团危废处置合格供应商征集公告', body: '申请文件递交截止时间：2039年4月15日10:00' }).category).toBe(
      'tender',
    );
  });
});
