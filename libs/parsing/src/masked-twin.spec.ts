import { parseBulletin } from './bulletin-parser';
import { dropMaskedTwins, withoutWallNote } from './masked-twin';

describe('dropMaskedTwins', () => {
  it('drops a masked name when the full name fitting its mask is also read', () => {
    expect(dropMaskedTwins(['贵州***有限公司', '贵州黔茶建设工程有限公司'])).toEqual(['贵州黔茶建设工程有限公司']);
    expect(dropMaskedTwins(['甲市**建筑有限公司（登录后查看完整信息）', '甲市乙丙建筑有限公司'])).toEqual(['甲市乙丙建筑有限公司']);
  });

  it('keeps a masked name no full name fits, and names without masks', () => {
    expect(dropMaskedTwins(['湖州***建设工程有限公司'])).toEqual(['湖州***建设工程有限公司']);
    expect(dropMaskedTwins(['湖州***建设工程有限公司', '嘉兴某某科技有限公司'])).toEqual([
      '湖州***建设工程有限公司',
      '嘉兴某某科技有限公司',
    ]);
    expect(dropMaskedTwins(['甲公司', '乙公司'])).toEqual(['甲公司', '乙公司']);
  });
});

describe('withoutWallNote', () => {
  it("takes the site's log-in or member note off a name", () => {
    expect(withoutWallNote('乐山***信息技术有限公司(会员可见)')).toBe('乐山***信息技术有限公司');
    expect(withoutWallNote('甲建设有限公司（联合体牵头人）')).toBe('甲建设有限公司（联合体牵头人）');
  });
});

describe('a masked summary box above the notice', () => {
  it('reads the winner once, from the notice below the box', () => {
    const parsed = parseBulletin({
      title: '某镇机耕道建设项目中标公告',
      body:
        '中标供应商：贵州***有限公司（登录后查看完整信息）\n中标金额：189.3****万元\n' +
        '某镇机耕道建设项目中标公告\n招标人：甲县农业农村局\n中标单位：贵州黔茶建设工程有限公司\n中标金额：1,893,472.50元',
    });
    expect(parsed.winners).toEqual(['贵州黔茶建设工程有限公司']);
    expect(parsed.awardYuan).toBe(1893472.5);
  });
});
