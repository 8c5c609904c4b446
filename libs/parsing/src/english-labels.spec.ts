import { readEnglishLabels } from './english-labels';

describe('readEnglishLabels', () => {
  it('reads an English-only party label as the Chinese one when a Chinese name follows', () => {
    expect(readEnglishLabels('Purchaser: 某某理工大学 (Some University)')).toBe('招标人: 某某理工大学 (Some University)');
    expect(readEnglishLabels('Tendering Agent: 某某国际招标有限公司')).toBe('招标代理机构: 某某国际招标有限公司');
    expect(readEnglishLabels('Employer：某县城市建设投资有限公司')).toBe('招标人：某县城市建设投资有限公司');
  });

  it('leaves a party label alone when the name after it is English (a translation of the Chinese one)', () => {
    const text = 'Employer: Hezhou Urban Construction Co., Ltd.\n业主：某市城市建设投资开发有限公司';
    expect(readEnglishLabels(text)).toBe(text);
  });

  it('reads the bid closing label and the tender numbers, behind a list number too', () => {
    expect(readEnglishLabels('3. Bid Closing: 09:00, 26 March 2034 (Beijing Time)')).toBe(
      '3. 投标截止时间: 09:00, 26 March 2034 (Beijing Time)',
    );
    expect(readEnglishLabels('IFB No.: HN-LX-G-03\nRFB No.: YN-SM-CW-02\nPackage No.: GZ-YD-CW-02')).toBe(
      '招标编号: HN-LX-G-03\n招标编号: YN-SM-CW-02\n采购包编号: GZ-YD-CW-02',
    );
  });

  it('reads no label inside a sentence or without its colon', () => {
    const text = 'The Bid Closing date is extended.\nBid Closing 投标截止时间：2034年4月3日';
    expect(readEnglishLabels(text)).toBe(text);
  });
});
