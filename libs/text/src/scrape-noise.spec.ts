import { toDisplayText, toMatchText } from './normalize';
import { cleanScrapeNoise } from './scrape-noise';

describe('cleanScrapeNoise', () => {
  it('drops zero-width spaces, joiners, byte-order marks and soft hyphens', () => {
    expect(cleanScrapeNoise('\ufeff采\u200b购人：某某\u200d公司 流\u00ad亭\u2060街道')).toBe('采购人：某某公司 流亭街道');
  });

  it('turns line breaks escaped twice by a JSON export into line breaks', () => {
    expect(cleanScrapeNoise('采购人：某局\\n预算金额：120万元')).toBe('采购人：某局\n预算金额：120万元');
    expect(cleanScrapeNoise('编号：ZC-01\\r\\n采购人：某局\\r')).toBe('编号：ZC-01\n采购人：某局\n');
    expect(cleanScrapeNoise('项目编号：\\tAB-2032-01')).toBe('项目编号：\tAB-2032-01');
  });

  it('leaves a backslash between Latin letters alone (paths, markup)', () => {
    expect(cleanScrapeNoise('附件见 C:\\new\\tools 目录')).toBe('附件见 C:\\new\\tools 目录');
  });

  it('decodes HTML entities left in plain text', () => {
    expect(cleanScrapeNoise('控制价：&yen;865000元&nbsp;代理：某咨询&amp;造价有限公司 &lt;许可证&gt; &#12288;&#x3000;')).toBe(
      '控制价：¥865000元\u00a0代理：某咨询&造价有限公司 <许可证> \u3000\u3000',
    );
  });

  it('keeps an ampersand that starts no entity', () => {
    expect(cleanScrapeNoise('A&B 公司 & 某某')).toBe('A&B 公司 & 某某');
  });
});

describe('display and match forms clean scrape noise once', () => {
  it('gives lines, half-width figures and whole labels', () => {
    expect(toDisplayText('采\u200b购人：某局\\n预算金额：&#12288;１２０万元\r\n截止：２０３２年')).toBe(
      '采购人:某局\n预算金额: 120万元\n截止:2032年',
    );
    expect(toDisplayText('编号：ＺＣ－２０３２－０１\r项目')).toBe('编号:ZC-2032-01\n项目');
  });

  it('matches a name split by a zero-width joiner', () => {
    expect(toMatchText('某某\u200d公司')).toBe(toMatchText('某某公司'));
  });
});

describe('entities decoded once', () => {
  it('leaves entities alone in text decoded from HTML already', () => {
    expect(cleanScrapeNoise('<许可证> &lt;', false)).toBe('<许可证> &lt;');
    expect(toDisplayText('A&B &lt;', false)).toBe('A&B &lt;');
  });

  it('decodes a written entity once, in a single pass', () => {
    expect(cleanScrapeNoise('&amp;lt;')).toBe('&lt;');
  });
});
