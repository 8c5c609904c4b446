import { dropEnglishGlosses } from './english-gloss';

describe('dropEnglishGlosses', () => {
  it('drops a gloss after the Chinese label, behind a list number too', () => {
    expect(dropEnglishGlosses('二、采购预算 Budget：人民币1,680万元\n中标人 Awarded Bidder：甲公司\n(3)招标编号 / IFB No.：0702-01')).toBe(
      '二、采购预算：人民币1,680万元\n中标人：甲公司\n(3)招标编号：0702-01',
    );
  });

  it('drops a gloss written before the Chinese label', () => {
    expect(
      dropEnglishGlosses('Date 日期：2031-10-08\nDeadline for bid submission 投标截止时间：2031年10月28日\nTender Ref. / 招标编号：CW-9'),
    ).toBe('日期：2031-10-08\n投标截止时间：2031年10月28日\n招标编号：CW-9');
  });

  it('leaves Latin words inside a label or a value, and lines without a Chinese label', () => {
    const text = 'GPS定位终端：20台\n品牌型号：Lumen LX-760\nAttn.: 马晓军\n备注 see annex';
    expect(dropEnglishGlosses(text)).toBe(text);
  });
});
