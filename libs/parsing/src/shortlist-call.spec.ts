import { callsForShortlist } from './shortlist-call';
import { readNoticeKind } from './category';

describe('callsForShortlist', () => {
  it('reads a 入围公告 asking for applications by a cut-off as a call', () => {
    expect(callsForShortlist('入围方式：资格审核通过的单位入围，入围后另行发出招标文件。\n入围资料递交截止时间：2037年7月8日17:00')).toBe(
      true,
    );
    expect(callsForShortlist('资格申请文件提交截止时间：2037年5月6日')).toBe(true);
  });

  it('leaves a shortlist result alone, and a body with no applications due', () => {
    expect(callsForShortlist('经评审，以下单位入围：甲公司、乙公司\n入围资料递交截止时间：2037年7月8日')).toBe(false);
    expect(callsForShortlist('入围结果公示\n入围单位：甲公司')).toBe(false);
    expect(callsForShortlist('入围单位：甲公司、乙公司\n公示期：三天')).toBe(false);
  });
});

describe('readNoticeKind: a 入围公告 calling for applications', () => {
  it('reads it as a prequalification call', () => {
    const body = '招标单位：某某房地产开发有限公司\n入围方式：资格审核通过的单位入围\n入围资料递交截止时间：2037年7月8日17:00';
    expect(readNoticeKind({ title: '某项目总承包工程入围公告', body })).toEqual({ category: 'tender', stage: 'prequalification' });
    expect(readNoticeKind({ title: '某项目总承包工程入围公告', body: '入围单位：甲建设有限公司、乙建设有限公司' }).category).toBe('award');
  });
});
