import { dropTableMarks, layOutTables } from './html-tables';

const laidOut = (html: string) => dropTableMarks(layOutTables(html)).trim();

describe('layOutTables', () => {
  it('lays a table out one row a line, cells split by "|", a cell\'s <p> and <br> kept inside it', () => {
    const html =
      '<table><tr><td><p><span>招标人</span></p></td><td><p>某县水利局</p></td></tr>' +
      '<tr><td>开标时间</td><td>2031年4月28日<br/>上午9时30分</td></tr></table>';
    expect(laidOut(html)).toBe('招标人 | 某县水利局\n开标时间 | 2031年4月28日 上午9时30分');
  });

  it('repeats a cell spanning rows in each of them, so every row keeps its columns', () => {
    const html =
      '<table><tr><th>标段</th><th>排名</th><th>中标候选人</th></tr>' +
      '<tr><td rowspan="2">一标段</td><td>第一名</td><td>甲建设有限公司</td></tr>' +
      '<tr><td>第二名</td><td>乙建设有限公司</td></tr></table>';
    expect(laidOut(html)).toBe('标段 | 排名 | 中标候选人\n一标段 | 第一名 | 甲建设有限公司\n一标段 | 第二名 | 乙建设有限公司');
  });

  it('fills the first column a cell spans and leaves the others empty, never trailing ones', () => {
    const html =
      '<table><tr><td>包号</td><td>名称</td><td>预算（元）</td><td>数量</td></tr>' +
      '<tr><td colspan="2">合计</td><td>1,280,000.00</td><td>&nbsp;</td></tr></table>';
    expect(laidOut(html)).toBe('包号 | 名称 | 预算（元） | 数量\n合计 |  | 1,280,000.00');
  });

  it('reads a header two rows deep as one line, each column named by the cells above it', () => {
    const html =
      '<table><tr><td rowspan=2>序号</td><td rowspan=2>中标供应商名称</td><td colspan=2>中标金额</td></tr>' +
      '<tr><td>小写（元）</td><td>大写</td></tr>' +
      '<tr><td>1</td><td>甲环境工程有限公司</td><td>2,386,450.00</td><td>贰佰叁拾捌万陆仟肆佰伍拾元整</td></tr></table>';
    expect(laidOut(html)).toBe(
      '序号 | 中标供应商名称 | 中标金额 小写（元） | 中标金额 大写\n1 | 甲环境工程有限公司 | 2,386,450.00 | 贰佰叁拾捌万陆仟肆佰伍拾元整',
    );
  });

  it('keeps rows that span rows below a header of one row as data, not header', () => {
    const html = '<table><tr><td rowspan="2">包1</td><td>课桌椅</td></tr><tr><td>讲台</td></tr></table>';
    expect(laidOut(html)).toBe('包1 | 课桌椅\n包1 | 讲台');
  });

  it('sets a row of one cell (a title across the table, a caption) as plain lines', () => {
    const html =
      '<table><caption>采购意向</caption><tr><td colspan="3">某局2031年采购意向</td></tr>' +
      '<tr><td>序号</td><td>项目名称</td><td>预算金额（万元）</td></tr><tr><td>1</td><td>道路养护</td><td>68</td></tr></table>';
    expect(laidOut(html)).toBe('采购意向\n某局2031年采购意向\n序号 | 项目名称 | 预算金额（万元）\n1 | 道路养护 | 68');
  });

  it('sets a layout table holding tables (navigation beside content) as blocks, inner tables as rows', () => {
    const html =
      '<table><tr><td><table><tr><td>招标公告</td></tr><tr><td>中标公告</td></tr></table></td>' +
      '<td><p>某项目招标公告</p><table><tr><td>招标人：</td><td>某公司</td></tr></table></td></tr></table>';
    expect(laidOut(html).replace(/\n+/g, '\n')).toBe('招标公告\n中标公告\n某项目招标公告\n招标人： | 某公司');
  });

  it('sets a cell holding a whole notice (many paragraphs) as a block beside its neighbours', () => {
    const paragraphs = Array.from({ length: 10 }, (_, i) => `<p>第${i + 1}段</p>`).join('');
    const html = `<table><tr><td><ul><li>首页</li><li>招标公告</li></ul></td><td>${paragraphs}</td></tr></table>`;
    expect(laidOut(html)).toBe(['首页', '招标公告', ...Array.from({ length: 10 }, (_, i) => `第${i + 1}段`)].join('\n'));
  });

  it('hands cell text back escaped, to be decoded once with the page', () => {
    expect(laidOut('<table><tr><td>需求</td><td>&lt;详见附件&gt; A&amp;B</td></tr></table>')).toBe('需求 | &lt;详见附件&gt; A&amp;B');
  });

  it('leaves HTML without tables as it is', () => {
    expect(layOutTables('<p>预算金额：<span>1,2</span><span>34,567.00</span>元</p>')).toBe(
      '<p>预算金额：<span>1,2</span><span>34,567.00</span>元</p>',
    );
  });
});
