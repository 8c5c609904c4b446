import { spellEnglishDates } from './english-dates';

describe('spellEnglishDates', () => {
  it('spells a date written in English the Chinese way, its clock before or after it', () => {
    expect(spellEnglishDates('投标截止时间：10:00 a.m. Beijing time, 28 October 2031 / 2031年10月28日')).toBe(
      '投标截止时间：2031年10月28日 10:00 / 2031年10月28日',
    );
    expect(spellEnglishDates('Deadline for bid submission: 14:00 hours (Beijing time), 25 August 2031.')).toBe(
      'Deadline for bid submission: 2031年8月25日 14:00.',
    );
    expect(spellEnglishDates('Bid Opening Time: 2:00 p.m., September 22, 2031 (Beijing time)')).toBe(
      'Bid Opening Time: 2031年9月22日 14:00 (Beijing time)',
    );
    expect(spellEnglishDates('on or before 10:00 hours (Beijing time) on October 9, 2031.')).toBe('on or before 2031年10月9日 10:00.');
    expect(spellEnglishDates('Date: 6 Nov. 2031')).toBe('Date: 2031年11月6日');
  });

  it('leaves text without an English date as it is', () => {
    const text = 'Loan No. 9274-CN，May Day 2031，包号 Lot 2：10台，Model 28 March';
    expect(spellEnglishDates(text)).toBe(text);
  });
});
