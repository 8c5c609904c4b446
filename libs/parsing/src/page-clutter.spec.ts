import { parseBulletin } from './bulletin-parser';
import { dropPageFoot } from './page-clutter';

describe('dropPageFoot', () => {
  it('drops a list of other notices and everything under it', () => {
    const text = '招标人：甲镇人民政府\n最高投标限价：500,000.00元\n上一篇：乙县某道路工程中标公告\n下一篇：丙县某学校招标公告';
    expect(dropPageFoot(text)).toBe('招标人：甲镇人民政府\n最高投标限价：500,000.00元');
  });

  it('drops the site footer with its address and the company that built the site', () => {
    const text =
      '项目编号：JS-01\n中标人：甲建设有限公司\n版权所有：某市公共资源交易中心 地址：某市某区某路1号\n技术支持：某某软件有限公司';
    expect(dropPageFoot(text)).toBe('项目编号：JS-01\n中标人：甲建设有限公司');
    expect(dropPageFoot('项目编号：CG-02\n采购人：甲医院\n主办单位：某县人民政府办公室\n苏ICP备12345678号')).toBe(
      '项目编号：CG-02\n采购人：甲医院',
    );
  });

  it("drops a 标讯 site's own list of projects it recommends", () => {
    const top = '采购人：甲医院\n预算金额：86.5万元';
    expect(dropPageFoot(`${top}\n说明：无\n猜你喜欢：\n乙县设备采购 预算：320万元`)).toBe(`${top}\n说明：无`);
    expect(dropPageFoot(`${top}\n说明：无\n推荐项目：\n丙县采购 预算：48万元`)).toBe(`${top}\n说明：无`);
    expect(dropPageFoot(`${top}\n说明：无\n推荐：\n丁县工程 预算：4,350,000元`)).toBe(`${top}\n说明：无`);
    expect(dropPageFoot(`${top}\n说明：无\n相关项目推荐：\n· 戊县工程 预算：6,120,000元`)).toBe(`${top}\n说明：无`);
  });

  it('keeps lines of the notice that only begin with a word of recommending', () => {
    const text = '招标人：甲局\n说明：无\n推荐单位：乙协会\n推荐中标候选人：丙建设有限公司';
    expect(dropPageFoot(text)).toBe(text);
  });

  it('keeps a helpdesk line and words of the notice that only mention related announcements', () => {
    const text = '招标人：甲局\n技术支持服务热线 010-12345678\n具体以相关采购公告为准。\n代理机构：乙咨询有限公司';
    expect(dropPageFoot(text)).toBe(text);
  });

  it('keeps the first lines, where site navigation may name the same menus', () => {
    const text = '相关信息\n首页 > 交易信息\n中标人：甲建设有限公司';
    expect(dropPageFoot(text)).toBe(text);
  });

  it('does not read another notice at the foot of the page as this one', () => {
    const parsed = parseBulletin({
      title: '某村道路硬化工程招标公告',
      body:
        '招标人：甲镇人民政府\n最高投标限价：1,200,000.00元\n投标截止时间：2031年3月2日9时30分\n' +
        '相关公告：\n· 乙镇桥梁工程中标公告 中标人：丙路桥有限公司 中标价：980,000元\n· 丁乡学校招标公告 最高投标限价：2,000,000元',
    });
    expect(parsed.budgetYuan).toBe(1200000);
    const award = parseBulletin({
      title: '某镇敬老院改造工程中标结果公告',
      body: '招标人：甲镇人民政府\n中标人：乙建筑工程有限公司\n中标价：600,000.00元\n下一篇：丙县卫生院设备采购中标公告（中标人：丁医疗器械有限公司）',
    });
    expect(award.winners).toEqual(['乙建筑工程有限公司']);
  });
  it("drops a repost's list of the poster's other posts, behind an emoji or an arrow", () => {
    const top = '中标人：甲建设有限公司\n中标价：64,716,388.52元';
    expect(dropPageFoot(`${top}\n来源：某市公共资源交易中心\n▶ 往期推荐\n乙县工程中标｜中标价1.06亿元`)).toBe(
      `${top}\n来源：某市公共资源交易中心`,
    );
    expect(dropPageFoot(`${top}\n说明：无\n💡 精彩回顾\n◆ 丙县工程中标`)).toBe(`${top}\n说明：无`);
    expect(dropPageFoot(`${top}\n说明：无\n往期推荐👇\n▶ 丁县工程招标`)).toBe(`${top}\n说明：无`);
    expect(dropPageFoot(`${top}\n说明：无\n你可能还想看：\n戊县工程`)).toBe(`${top}\n说明：无`);
    expect(dropPageFoot(`${top}\n说明：无\n同话题：#己县工程中标# 中标价2.16亿元`)).toBe(`${top}\n说明：无`);
    expect(dropPageFoot(`${top}\n说明：无\n热门阅读：\n庚县工程 预算：2,065万元`)).toBe(`${top}\n说明：无`);
  });

  it("drops a 公众号 post's block for another account and its own earlier posts", () => {
    const top = '中标人：甲建设有限公司\n中标价：2386.45万元';
    expect(dropPageFoot(`${top}\n▼▼▼\n【推荐关注】某某建设之窗\n乙区工程中标结果：中标人丙公司，中标价3,112万元`)).toBe(`${top}\n▼▼▼`);
    expect(dropPageFoot(`${top}\n说明：无\n📣 推荐关注\n「丁网」长按识别二维码关注`)).toBe(`${top}\n说明：无`);
    expect(dropPageFoot(`${top}\n说明：无\n推荐关注 | 某某基建圈\n戊区项目中标，中标价12.8亿元`)).toBe(`${top}\n说明：无`);
    expect(dropPageFoot(`${top}\n说明：无\n———— 推荐 ————\n长按关注「某某发布」：己区学校中标，中标价8,632万元`)).toBe(`${top}\n说明：无`);
    expect(dropPageFoot(`${top}\n说明：无\n本号往期推送：庚区项目签约，金额120亿元`)).toBe(`${top}\n说明：无`);
  });

  it('keeps notice lines that only begin with such words', () => {
    const text = '招标人：甲局\n说明：无\n往期推荐单位名单见附件\n精彩回顾展览馆布展项目';
    expect(dropPageFoot(text)).toBe(text);
  });
});
