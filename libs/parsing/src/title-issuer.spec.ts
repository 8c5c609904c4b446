import { titleIssuer } from './title-issuer';

describe('titleIssuer', () => {
  it('reads the body set apart before the notice kind and its colon', () => {
    expect(titleIssuer('台东县政府 决标公告：太麻里乡某道路边坡改善工程')).toBe('台东县政府');
    expect(titleIssuer('路政署 招标公告更正：某公路扩阔工程')).toBe('路政署');
    expect(titleIssuer('屏东县政府 无法决标公告：某体育场跑道整建工程')).toBe('屏东县政府');
  });

  it('reads nothing from a title without the space, the colon or a body', () => {
    expect(titleIssuer('台东县政府决标公告：某工程')).toBeNull();
    expect(titleIssuer('某道路工程 招标公告')).toBeNull();
    expect(titleIssuer('2031年度 招标公告：某工程')).toBeNull();
  });
});
