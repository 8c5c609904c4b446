import { digestDue, instantWindow, localParts, mostUrgent, periodMonth } from './delivery-periods';

describe('delivery periods', () => {
  it('prefers the most urgent frequency', () => {
    expect(mostUrgent(['weekly', 'instant', 'daily'])).toBe('instant');
    expect(mostUrgent(['weekly', 'daily'])).toBe('daily');
  });

  it('puts matches of one window under one key, due at the window end', () => {
    const a = instantWindow(new Date('2026-03-05T01:00:10Z'), 60);
    const b = instantWindow(new Date('2026-03-05T01:00:59Z'), 60);
    expect(a).toEqual(b);
    expect(a.dueAt.toISOString()).toBe('2026-03-05T01:01:00.000Z');
    expect(instantWindow(new Date('2026-03-05T01:01:00Z'), 60).periodKey).not.toBe(a.periodKey);
  });

  it('reads the month a period starts in from its key', () => {
    expect(instantWindow(new Date('2026-03-31T23:59:30Z'), 60).periodMonth).toBe('2026-03-01');
    expect(instantWindow(new Date('2026-04-01T00:00:00Z'), 60).periodMonth).toBe('2026-04-01');
    expect(periodMonth('daily:2026-12-31')).toBe('2026-12-01');
    expect(periodMonth('weekly:2027-01-04')).toBe('2027-01-01');
    expect(() => periodMonth('w1')).toThrow(/without a date/);
  });

  it('reads local date, hour and weekday in the member timezone', () => {
    // 2026-03-05T23:30Z is Friday 07:30 on 6 March in Shanghai.
    expect(localParts(new Date('2026-03-05T23:30:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-03-06', hour: 7, weekday: 5 });
    expect(localParts(new Date('2026-03-05T23:30:00Z'), 'America/New_York').date).toBe('2026-03-05');
  });

  it('makes a daily digest due from the digest hour and keys it by local date', () => {
    const member = { timezone: 'Asia/Shanghai', digestHour: 8, digestWeekday: 1 };
    expect(digestDue('daily', new Date('2026-03-05T23:30:00Z'), member)).toEqual({ due: false, periodKey: 'daily:2026-03-06' });
    expect(digestDue('daily', new Date('2026-03-06T00:00:00Z'), member)).toEqual({ due: true, periodKey: 'daily:2026-03-06' });
    expect(digestDue('daily', new Date('2026-03-06T15:59:00Z'), member).due).toBe(true);
  });

  it('makes a weekly digest due only on the digest weekday', () => {
    const member = { timezone: 'Asia/Shanghai', digestHour: 8, digestWeekday: 1 };
    expect(digestDue('weekly', new Date('2026-03-09T01:00:00Z'), member)).toEqual({ due: true, periodKey: 'weekly:2026-03-09' });
    expect(digestDue('weekly', new Date('2026-03-10T01:00:00Z'), member).due).toBe(false);
  });
});
