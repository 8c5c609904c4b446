import { noticeChanges } from './notice-changes';

const base = { title: '某某工程招标更正公告', category: 'change', stage: 'correction', deadlineAt: null, winners: [], awardYuan: null };

describe('noticeChanges', () => {
  it('names a moved deadline with both times (China time)', () => {
    const out = noticeChanges({ ...base, deadlineAt: new Date('2026-12-27T01:30:00Z') }, new Date('2026-12-20T01:30:00Z'));
    expect(out).toEqual(['截止时间由 12月20日 09:30 改为 12月27日 09:30']);
  });
  it('says nothing about a deadline that did not move', () => {
    expect(noticeChanges({ ...base, deadlineAt: new Date('2026-12-20T01:30:00Z') }, new Date('2026-12-20T01:30:00Z'))).toEqual([]);
  });
  it('names the winner and amount of an award, and a cancellation', () => {
    expect(
      noticeChanges({ ...base, category: 'award', stage: 'result', winners: ['某某建设集团有限公司'], awardYuan: 4520000 }, null),
    ).toEqual(['中标单位：某某建设集团有限公司', '中标金额：452万元']);
    expect(noticeChanges({ ...base, title: '某某工程终止公告', category: 'other', stage: null }, null)).toEqual(['项目已终止或废标']);
  });
});
