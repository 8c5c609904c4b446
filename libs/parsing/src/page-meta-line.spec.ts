import { extractPublishedAt } from './dates';
import { isPageMetaDate } from './page-meta-line';

const day = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : null);

describe('page-meta-line: a site’s line of page facts', () => {
  it('reads the bare 时间/日期 field of an author-and-clicks line', () => {
    const text = '作者：总务处 时间：2032-02-16 点击：35\n正文';
    expect(isPageMetaDate(text, text.indexOf('2032'))).toBe(true);
    expect(day(extractPublishedAt(text))).toBe('2032-02-16');
    expect(day(extractPublishedAt('发布者：采购办 日期：2032年2月16日 浏览次数：128\n正文'))).toBe('2032-02-16');
  });

  it('reads a bare date opening a line of page facts', () => {
    const text = '某镇道路工程中标结果公告\n2035-06-25　浏览次数：67　分享到：微信\n中标金额：100元';
    expect(isPageMetaDate(text, text.indexOf('2035'))).toBe(true);
    expect(day(extractPublishedAt(text))).toBe('2035-06-25');
  });

  it('leaves a bare date line without page facts alone', () => {
    const text = '开标\n2035-06-25 9:30 在某中心开标';
    expect(isPageMetaDate(text, text.indexOf('2035'))).toBe(false);
  });

  it('leaves a 时间 field of the procedure alone', () => {
    const text = '开标\n时间：2032年3月9日9:30 地点：某中心';
    expect(isPageMetaDate(text, text.indexOf('2032'))).toBe(false);
    expect(extractPublishedAt(text)).toBeNull();
  });

  it('reads a 发文时间 label as a 发文日期 one', () => {
    expect(day(extractPublishedAt('发文时间：2032年2月16日\n正文'))).toBe('2032-02-16');
  });
});
