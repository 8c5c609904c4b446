import { htmlToText, htmlToWrittenText, looksLikeHtml } from './html-to-text';

describe('htmlToText', () => {
  it('drops scripts, styles, head and comments', () => {
    const html =
      '<html><head><title>x</title><style>p{color:red}</style></head><body><!-- note --><script>var a = "<p>";</script><p>招标公告</p></body></html>';
    expect(htmlToText(html)).toBe('招标公告');
  });

  it('turns blocks and <br> into line breaks and lays tables out one row a line', () => {
    const html =
      '<div>一、项目概况<br>预算金额：350万元</div><table><tr><td>项目名称</td><td>道路工程</td></tr><tr><th>采购人</th><td>某局</td></tr></table>';
    expect(htmlToText(html)).toBe('一、项目概况\n预算金额:350万元\n项目名称 | 道路工程\n采购人 | 某局');
  });

  it('decodes named and numeric entities once, after the tags are gone', () => {
    expect(htmlToText('<p>A&amp;B&nbsp;&#20013;&#x6807;&ldquo;x&rdquo; &lt;script&gt; &amp;lt;</p>')).toBe('A&B 中标“x” <script> &lt;');
  });

  it('treats source line breaks as spaces and normalises like display text', () => {
    expect(htmlToText('<p>某項目\n  採購公告</p>\n\n<p>ＡＢＣ１２３</p>')).toBe('某项目 采购公告\nABC123');
  });

  it("reads Word's HTML as shown: list marks, empty <o:p> and figures split across spans", () => {
    const html =
      "<p class=MsoNormal><![if !supportLists]><span style='mso-list:Ignore'>一、<span>&nbsp;&nbsp;</span></span><![endif]><b>项目基本情况</b><o:p></o:p></p>" +
      '<p class=MsoNormal>预算金额：<span lang=EN-US>1,2</span><span lang=EN-US>34,567.00</span>元<o:p></o:p></p>';
    expect(htmlToText(html)).toBe('一、 项目基本情况\n预算金额:1,234,567.00元');
  });

  it('decodes entities of table cells once, with the rest of the page', () => {
    expect(htmlToText('<table><tr><td>需求</td><td>&lt;详见附件&gt; &amp;lt;</td></tr></table>')).toBe('需求 | <详见附件> &lt;');
  });

  it('keeps ">" inside attribute values out of the text', () => {
    expect(htmlToText('<td title="a>b">预算</td>')).toBe('预算');
  });
});

describe('looksLikeHtml', () => {
  it('tells HTML from plain text', () => {
    expect(looksLikeHtml('<p>公告</p>')).toBe(true);
    expect(looksLikeHtml('A&nbsp;B')).toBe(true);
    expect(looksLikeHtml('预算金额<350万元')).toBe(false);
  });
});

describe('htmlToWrittenText', () => {
  it('lays out the same lines as htmlToText, with the characters as written', () => {
    const html = '<p>採購人：香港&nbsp;水務署（本級）</p><table><tr><td>預算</td><td>１２萬元</td></tr></table>';
    expect(htmlToWrittenText(html).trim()).toBe('採購人：香港\u00a0水務署（本級）\n預算 | １２萬元');
    expect(htmlToText(html)).toBe('采购人:香港 水务署(本级)\n预算 | 12万元');
  });
});
