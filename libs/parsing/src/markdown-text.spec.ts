import { parseBulletin } from './bulletin-parser';
import { fromMarkdown, looksLikeMarkdown, markdownCellBreaks } from './markdown-text';

describe('fromMarkdown', () => {
  it('reads a label in bold as a label, whether its colon is inside or outside the stars', () => {
    expect(fromMarkdown('**采购人名称：**某某局\n**预算金额**:120万元')).toBe('采购人名称：某某局\n预算金额:120万元');
    expect(fromMarkdown('# 公告\n确定**青禾科技有限公司**为成交供应商')).toBe('公告\n确定青禾科技有限公司为成交供应商');
  });

  it('drops heading marks, bullets and quote marks', () => {
    expect(fromMarkdown('## 一、项目基本情况 ##\n- 联系人:王工\n* 电话:0531-1234\n> 注:以上为初步安排')).toBe(
      '一、项目基本情况\n联系人:王工\n电话:0531-1234\n注:以上为初步安排',
    );
  });

  it('reads a Markdown table row as a table row and drops the rule under the header', () => {
    expect(fromMarkdown('| 标段 | 中标人 |\n| :--- | ---: |\n| 一标段 | 青禾公司 |')).toBe('标段 | 中标人\n一标段 | 青禾公司');
    expect(fromMarkdown('中标人 | 中标价\n--- | ---\n青禾公司 | 5元')).toBe('中标人 | 中标价\n青禾公司 | 5元');
  });

  it("keeps a link's text, not its address, and drops images", () => {
    expect(fromMarkdown('**中标人：**[青禾建设有限公司](http://example.cn/c/1)')).toBe('中标人：青禾建设有限公司');
    expect(fromMarkdown('**投标截止时间：**![](http://example.cn/clock.png)2034年6月3日9时30分')).toBe('投标截止时间：2034年6月3日9时30分');
  });

  it('reads an escaped character as itself, except a "|" that would open a cell', () => {
    expect(fromMarkdown('项目编号:FC\\-NS\\-2034\\_011\n1\\. 招标条件\n编号:\\[350104\\]GK')).toBe(
      '项目编号:FC-NS-2034_011\n1. 招标条件\n编号:[350104]GK',
    );
    expect(fromMarkdown('# 表\n| A\\|B | 5元 |')).toBe('表\nA\\|B | 5元');
  });

  it("drops a row of links that is the page's navigation", () => {
    expect(
      fromMarkdown(
        '[首页](http://a.cn/) | [新闻中心](http://a.cn/n/)\n# 公告\n友情链接:[中国政府网](http://www.gov.cn) | [省政府](http://x.cn)',
      ),
    ).toBe('公告');
  });

  it('leaves a plain bulletin, masked names included, as it is', () => {
    const masked = '中标单位:南通**科技有限公司与上海**信息有限公司\n项目编号:OH****-2026-***';
    expect(looksLikeMarkdown(masked)).toBe(false);
    expect(fromMarkdown(masked)).toBe(masked);
  });
});

describe('markdownCellBreaks', () => {
  it('writes cell breaks inside a Markdown table row as spaces, so the text is not read as HTML', () => {
    expect(markdownCellBreaks('| 名次 | 项目经理 |\n| --- | --- |\n| 1 | 赵立新<br>豫241 |')).toBe(
      '| 名次 | 项目经理 |\n| --- | --- |\n| 1 | 赵立新 豫241 |',
    );
    expect(markdownCellBreaks('第一行<br>第二行')).toBe('第一行<br>第二行');
  });
});

describe('a bulletin written as Markdown', () => {
  it('is read for its labels, table and links', () => {
    const parsed = parseBulletin({
      title: '某区道路保洁服务项目成交公告',
      body: [
        '首页 > 政府采购 > 结果公告',
        '**项目编号**：QL\\-2034\\-014',
        '**采购人**：曲靖市麒麟区城市管理局',
        '**采购代理机构：**[云南珠源招标代理有限公司](http://example.cn)',
        '| 成交供应商 | 成交金额（元） |',
        '| --- | --- |',
        '| 曲靖麒麟环卫服务有限公司 | 892,600.00 |',
      ].join('\n'),
    });
    expect(parsed.projectCode).toBe('QL-2034-014');
    expect(parsed.buyer).toBe('曲靖市麒麟区城市管理局');
    expect(parsed.agency).toBe('云南珠源招标代理有限公司');
    expect(parsed.winners).toEqual(['曲靖麒麟环卫服务有限公司']);
    expect(parsed.awardYuan).toBe(892600);
  });
});
