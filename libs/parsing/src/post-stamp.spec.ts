import { isPostStamp } from './post-stamp';
import { extractPublishedAt } from './dates';

const at = (text: string, date: string) => {
  const start = text.indexOf(date);
  return isPostStamp(text, start, start + date.length);
};

describe('isPostStamp', () => {
  it("reads a 公众号 post's stamp: the account, the day and time, and where the poster was", () => {
    expect(at('某某发布 2031-11-20 08:30 发表于浙江\n点击蓝字关注我们', '2031-11-20 08:30')).toBe(true);
    expect(at('某某招商\n某某招商 2031年11月18日 19:05 江西\n正文', '2031年11月18日 19:05')).toBe(true);
    expect(at('某某住建\n2031-12-01 17:42 发表于广西\n正文', '2031-12-01 17:42')).toBe(true);
  });

  it('does not read a day in a sentence, a day without a poster’s place, or a stamp far down the text', () => {
    expect(at('11月19日上午，项目于2031-11-20 08:30在浙江开工\n正文', '2031-11-20 08:30')).toBe(false);
    expect(at('某某发布 2031-11-20 08:30 开工仪式\n正文', '2031-11-20 08:30')).toBe(false);
    expect(at('标题\n一\n二\n三\n四\n某某发布 2031-11-20 08:30 发表于浙江', '2031-11-20 08:30')).toBe(false);
  });

  it('dates an account’s own post by its stamp, ahead of the date the document it posts was signed', () => {
    const text =
      '关于某项目立项的批复\n某某发改 2031-11-24 11:05 发表于安徽\n某公司：\n经研究，同意该项目立项。\n项目总投资4580万元。\n' +
      '某县发展和改革委员会\n2031年11月20日\n编辑：某某';
    expect(extractPublishedAt(text)).toEqual(new Date('2031-11-24T03:05:00Z'));
    // A 发布日期 the notice itself states still comes first.
    expect(extractPublishedAt('某采购公告\n某某招采 2031-11-28 21:30 发表于陕西\n预算金额：286万元\n发布日期：2031年11月27日')).toEqual(
      new Date('2031-11-26T16:00:00Z'),
    );
  });
});
