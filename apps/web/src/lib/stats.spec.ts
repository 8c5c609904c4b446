import { dailySeries, linePoints, niceMax } from './stats';

describe('admin stats charts', () => {
  it('adds up what was delivered across channels', () => {
    const s = dailySeries([
      { date: '2026-11-25', bulletins: 10, matches: 4, deliveries: { email: { sent: 3, failed: 1 }, sms: { sent: 1, held: 2 } } },
      { date: '2026-11-26', bulletins: 0, matches: 0, deliveries: {} },
    ]);
    expect(s).toEqual({ dates: ['2026-11-25', '2026-11-26'], ingested: [10, 0], matched: [4, 0], delivered: [4, 0] });
  });

  it('rounds the axis up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 1, 3, 7, 12, 180, 501].map(niceMax)).toEqual([1, 1, 5, 10, 20, 200, 1000]);
  });

  it('draws points across the box, highest at the top', () => {
    expect(linePoints([0, 5, 10], 100, 50, 10)).toBe('0,50 50,25 100,0');
    expect(linePoints([3], 100, 50, 10)).toBe('0,35');
    expect(linePoints([], 100, 50, 10)).toBe('');
  });
});
