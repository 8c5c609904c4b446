import { parseBulletin } from './bulletin-parser';
import { dropRepostChrome } from './repost-chrome';

describe('dropRepostChrome', () => {
  const title = '甲公司2031年度光伏组件框架协议集中采购招标公告';

  it("drops the account's stamp with the poster's place", () => {
    const body = `新能源招采速递\n转载 新能源招采速递 2031年7月9日 07:50 江苏\n${title}\n招标人：甲公司`;
    expect(dropRepostChrome(body, title)).toBe(`新能源招采速递\n${title}\n招标人：甲公司`);
    const own = `原创 某某圈 2031-07-03 08:12\n${title}`;
    expect(dropRepostChrome(own, title)).toBe(title);
  });

  it('drops an IP属地 line above the notice', () => {
    const body = `工程资讯\n2031-07-06 10:45 · 头条号\nIP属地：四川\n${title}`;
    expect(dropRepostChrome(body, title)).toBe(`工程资讯\n2031-07-06 10:45 · 头条号\n${title}`);
  });

  it("drops the poster's lead-in above the notice, not a line of the notice", () => {
    const body = `✅ 编辑导语：某央企框架采购开始了，估算金额约14亿元！\n${title}\n导读：见附件`;
    expect(dropRepostChrome(body, title)).toBe(`${title}\n导读：见附件`);
  });

  it('keeps a notice that merely mentions 转载 in its own words', () => {
    const body = `${title}\n本公告转载请注明出处\n招标人：甲公司`;
    expect(dropRepostChrome(body, title)).toBe(body);
  });

  it("reads no place from the poster's stamp and no budget from its lead-in", () => {
    const body = `转载 某某速递 2031年7月9日 07:50 江苏\n✅ 编辑导语：估算金额约14亿元！\n${title}\n招标人：中电甲新能源集团有限公司\n投标截止时间：2031年7月30日10:00`;
    const parsed = parseBulletin({ title, body });
    expect(parsed.regionPath ?? []).not.toContain('江苏省');
    expect(parsed.budgetYuan).toBeNull();
  });
});
