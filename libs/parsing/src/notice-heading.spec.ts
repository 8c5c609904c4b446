import { noticeHeadingIndex } from './notice-heading';

describe('noticeHeadingIndex', () => {
  const title = '甲县城区供水管网改造工程施工招标公告';

  it('finds the line repeating the title under a repost header', () => {
    const lines = ['某某招采圈', '原创 某某招采圈 2031年7月3日 08:12 广东', '#招标#', title, '1. 招标条件'];
    expect(noticeHeadingIndex(lines, title)).toBe(3);
  });

  it('accepts an issuer written before the title', () => {
    const approval = '甲区城乡供水一体化工程可行性研究报告的批复';
    expect(noticeHeadingIndex(['导语', `甲区发展和改革局关于${approval}`], approval)).toBe(1);
  });

  it('passes over a lead-in quoting the title beside a figure', () => {
    const lines = ['#招标#', `【${title}】限价约3,860万元，详见全文`, title];
    expect(noticeHeadingIndex(lines, title)).toBe(2);
  });

  it('finds nothing for a short or absent title', () => {
    expect(noticeHeadingIndex(['招标公告', '项目编号：X-1'], '招标公告')).toBe(-1);
    expect(noticeHeadingIndex(['项目编号：X-1'], title)).toBe(-1);
  });
});
