import { readNoticeKind } from './category';

describe('notice rules: an imported product’s expert opinion and a prequalification document shown before the call (own-b165)', () => {
  const pre = { category: 'intent', stage: 'pre_announcement' };

  it('reads 采购进口产品专家论证意见公示 and 进口产品论证意见公示 as pre-announcements', () => {
    expect(readNoticeKind({ title: '某学院场发射扫描电镜采购进口产品专家论证意见公示' })).toEqual(pre);
    expect(readNoticeKind({ title: '某区人民医院腹腔镜手术系统采购进口产品论证意见公示' })).toEqual(pre);
    expect(readNoticeKind({ title: '某医院进口设备论证意见公示' })).toEqual(pre);
  });

  it('keeps a 单一来源 公示 that cites the import experts a tender', () => {
    expect(readNoticeKind({ title: '某医院直线加速器维保单一来源采购及进口产品论证公示' }).category).toBe('tender');
  });

  it('reads a 资格预审文件公示 as a pre-announcement, and the 资格预审公告 as the call', () => {
    expect(readNoticeKind({ title: '某快速路（一期）工程施工资格预审文件公示' })).toEqual(pre);
    expect(readNoticeKind({ title: '某快速路（一期）工程施工资格预审公告' })).toEqual({ category: 'tender', stage: 'prequalification' });
  });
});

describe('notice rules: a call to place deposits (own-b176)', () => {
  it('reads 定期存款存放公告 and 资金存放公告 as invitations', () => {
    const call = { category: 'tender', stage: 'invitation' };
    expect(readNoticeKind({ title: '某市财政局2040年社会保险基金定期存款存放公告' })).toEqual(call);
    expect(readNoticeKind({ title: '某县财政局专户资金存放公告' })).toEqual(call);
  });

  it('keeps a deposit result a result', () => {
    expect(readNoticeKind({ title: '某县财政局定期存款存放结果公告' })).toEqual({ category: 'award', stage: 'result' });
  });
});
