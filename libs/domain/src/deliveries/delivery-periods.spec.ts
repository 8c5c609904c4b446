import { digestDue, instantWindow, localParts, mostUrgent, periodMonth } from './delivery-periods';

describe('delivery periods', () => {
  it('prefers the most urgent frequency', () => {
    expect(mostUrgent(['weekly', 'instant', 'daily'])).toBe('instant');
    expect(mostUrgent(['weekly', 'daily'])).toBe('daily');
  });

  // This member's windows start 10 s into each minute (the id's last 32 bits, 0x2710 ms).
  const member = '00000000-0000-4000-8000-000000002710';

  it('puts a member’s matches of one window under one key, due at the window end', () => {
    const a = instantWindow(new Date('2026-03-05T01:00:10Z'), 60, member);
    const b = instantWindow(new Date('2026-03-05T01:01:09.999Z'), 60, member);
    expect(a).toEqual(b);
    expect(a.periodKey).toBe('instant:2026-03-05T01:00:10.000Z');
    expect(a.dueAt.toISOString()).toBe('2026-03-05T01:01:10.000Z');
    expect(instantWindow(new Date('2026-03-05T01:01:10Z'), 60, member).periodKey).not.toBe(a.periodKey);
    expect(instantWindow(new Date('2026-03-05T01:00:09Z'), 60, member).dueAt.toISOString()).toBe('2026-03-05T01:00:10.000Z');
  });

  it('spreads members’ windows over the window length, each due within one length of now', () => {
    const now = new Date('2026-03-05T01:00:00Z');
    const dues = new Set<number>();
    for (let i = 0; i < 600; i++) {
      // Ids as random as gen_random_uuid makes them, from a fixed sequence.
      const tail = ((i * 2654435761) >>> 0).toString(16).padStart(8, '0');
      const w = instantWindow(now, 60, `00000000-0000-4000-8000-0000${tail}`);
      expect(w.dueAt.getTime()).toBeGreaterThan(now.getTime());
      expect(w.dueAt.getTime()).toBeLessThanOrEqual(now.getTime() + 60_000);
      expect(Date.parse(w.periodKey.slice('instant:'.length))).toBeLessThanOrEqual(now.getTime());
      dues.add(Math.floor(w.dueAt.getTime() / 1000));
    }
    // Aligned windows would all be due in the same second; these fall in (nearly) every second.
    expect(dues.size).toBeGreaterThanOrEqual(55);
  });

  it('reads the month a period starts in from its key', () => {
    expect(instantWindow(new Date('2026-03-31T23:59:30Z'), 60, member).periodMonth).toBe('2026-03-01');
    expect(instantWindow(new Date('2026-04-01T00:00:10Z'), 60, member).periodMonth).toBe('2026-04-01');
    // Before its start on the 1st, the window began in March.
    expect(instantWindow(new Date('2026-04-01T00:00:05Z'), 60, member).periodMonth).toBe('2026-03-01');
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
