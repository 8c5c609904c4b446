import { awardFacts, deadlineFact } from './bulletin-facts';

describe('deadlineFact', () => {
  const now = new Date('2026-03-15T02:00:00Z'); // 10:00 in China

  it('shows the deadline with the days left, today, or 已截止', () => {
    expect(deadlineFact('2026-03-20T09:00:00Z', now)).toEqual({ text: '截止 2026-03-20 17:00（剩 5 天）', tone: 'normal' });
    expect(deadlineFact('2026-03-17T01:30:00Z', now)).toEqual({ text: '截止 2026-03-17 09:30（剩 2 天）', tone: 'soon' });
    expect(deadlineFact('2026-03-15T07:00:00Z', now)).toEqual({ text: '截止 2026-03-15 15:00（今天截止）', tone: 'soon' });
    expect(deadlineFact('2026-03-14T09:00:00Z', now)).toEqual({ text: '截止 2026-03-14 17:00（已截止）', tone: 'passed' });
    expect(deadlineFact(null, now)).toBeNull();
  });
});

describe('awardFacts', () => {
  it('names winners and the amount in 万元', () => {
    expect(awardFacts({ winners: ['甲建设有限公司', '乙工程公司'], awardYuan: 3_456_700 })).toEqual([
      ['中标单位', '甲建设有限公司、乙工程公司'],
      ['中标金额', '345.67万元'],
    ]);
    expect(awardFacts({ winners: [], awardYuan: null })).toEqual([]);
  });
});
