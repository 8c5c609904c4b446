import { selfTenderer } from './self-tenderer';

describe('selfTenderer', () => {
  it('reads the body that tenders by itself in the opening sentence', () => {
    const text = '经村民代表会议决议，某县某镇某村股份经济合作社对村道硬化工程进行自行招标，欢迎报名。';
    expect(selfTenderer(text)).toBe('某县某镇某村股份经济合作社');
  });

  it('reads the body after 由 that runs its own purchase', () => {
    expect(selfTenderer('本项目由某市某区自来水有限公司自行组织招标，现邀请合格投标人参加。')).toBe('某市某区自来水有限公司');
  });

  it('reads the body a procurement office belongs to, not the office', () => {
    expect(selfTenderer('某某师范学院采购与招标管理中心就实验室改造项目进行校内自行采购（竞争性谈判）')).toBe('某某师范学院');
  });

  it('reads nothing where the notice speaks of itself', () => {
    expect(selfTenderer('本项目由我院采购办自行组织询价，不委托采购代理机构。')).toBeNull();
  });

  it('reads nothing for a role word or where no one tenders by itself', () => {
    expect(selfTenderer('本项目采用自行招标方式，由招标人自行组织实施。')).toBeNull();
    expect(selfTenderer('某代理公司受某局委托，就某项目进行公开招标。')).toBeNull();
  });
});
