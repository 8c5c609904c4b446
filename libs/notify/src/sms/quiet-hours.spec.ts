import { isQuietTime, quietHoursEnd } from './quiet-hours';

const at = (iso: string) => new Date(iso);

describe('isQuietTime', () => {
  it('handles a window crossing midnight (Asia/Shanghai, 22:00–08:00)', () => {
    const q = (iso: string) => isQuietTime(at(iso), 'Asia/Shanghai', '22:00', '08:00');
    expect(q('2026-03-05T13:59:00Z')).toBe(false); // 21:59
    expect(q('2026-03-05T14:00:00Z')).toBe(true); // 22:00
    expect(q('2026-03-05T18:00:00Z')).toBe(true); // 02:00
    expect(q('2026-03-05T23:59:00Z')).toBe(true); // 07:59
    expect(q('2026-03-06T00:00:00Z')).toBe(false); // 08:00
  });

  it('handles a same-day window and an empty one', () => {
    expect(isQuietTime(at('2026-03-05T05:00:00Z'), 'Asia/Shanghai', '12:00', '14:00')).toBe(true); // 13:00
    expect(isQuietTime(at('2026-03-05T06:00:00Z'), 'Asia/Shanghai', '12:00', '14:00')).toBe(false); // 14:00
    expect(isQuietTime(at('2026-03-05T05:00:00Z'), 'Asia/Shanghai', '13:00', '13:00')).toBe(false);
  });

  it('reads the wall clock of the member timezone, DST included', () => {
    // New York: 21:30 EST in winter (UTC-5), 21:30 EDT in summer (UTC-4).
    expect(isQuietTime(at('2026-01-15T02:30:00Z'), 'America/New_York', '21:00', '07:00')).toBe(true);
    expect(isQuietTime(at('2026-07-15T01:30:00Z'), 'America/New_York', '21:00', '07:00')).toBe(true);
    expect(isQuietTime(at('2026-07-15T00:30:00Z'), 'America/New_York', '21:00', '07:00')).toBe(false); // 20:30 EDT
  });

  it('rejects malformed times and unknown zones', () => {
    expect(() => isQuietTime(new Date(), 'Asia/Shanghai', '24:00', '08:00')).toThrow(/HH:MM/);
    expect(() => isQuietTime(new Date(), 'Mars/Olympus', '22:00', '08:00')).toThrow(RangeError);
  });
});

describe('quietHoursEnd', () => {
  it('returns now outside quiet hours', () => {
    const now = at('2026-03-05T06:00:00Z');
    expect(quietHoursEnd(now, 'Asia/Shanghai', '22:00', '08:00')).toBe(now);
  });

  it('ends the same night or the next morning across midnight', () => {
    expect(quietHoursEnd(at('2026-03-05T15:00:00Z'), 'Asia/Shanghai', '22:00', '08:00').toISOString()).toBe('2026-03-06T00:00:00.000Z'); // 23:00 → 08:00 next day
    expect(quietHoursEnd(at('2026-03-05T19:00:00Z'), 'Asia/Shanghai', '22:00', '08:00').toISOString()).toBe('2026-03-06T00:00:00.000Z'); // 03:00 → 08:00
  });

  it('spring forward: a night that is an hour shorter (America/New_York, 2026-03-08)', () => {
    // 23:00 EST on Mar 7; 07:00 on Mar 8 is already EDT (UTC-4).
    expect(quietHoursEnd(at('2026-03-08T04:00:00Z'), 'America/New_York', '22:00', '07:00').toISOString()).toBe('2026-03-08T11:00:00.000Z');
  });

  it('spring forward: an end time the clock skips ends at the jump (Europe/Berlin 02:30 on 2026-03-29)', () => {
    // 01:00 CET = 00:00Z; 02:00 CET jumps to 03:00 CEST = 01:00Z.
    expect(quietHoursEnd(at('2026-03-29T00:00:00Z'), 'Europe/Berlin', '23:00', '02:30').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('fall back: a night that is an hour longer (Europe/Berlin, 2026-10-25)', () => {
    // 23:00 CEST on Oct 24 = 21:00Z; 07:00 CET on Oct 25 = 06:00Z.
    expect(quietHoursEnd(at('2026-10-24T21:00:00Z'), 'Europe/Berlin', '22:00', '07:00').toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });

  it('fall back: an end time that happens twice ends at the occurrence after now (America/New_York, 2026-11-01)', () => {
    // 01:30 happens at 05:30Z (EDT) and 06:30Z (EST).
    expect(quietHoursEnd(at('2026-11-01T04:30:00Z'), 'America/New_York', '00:00', '01:30').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    // At 01:10 EST (06:10Z) the first 01:30 is past: the window ends at the second.
    expect(quietHoursEnd(at('2026-11-01T06:10:00Z'), 'America/New_York', '00:00', '01:30').toISOString()).toBe('2026-11-01T06:30:00.000Z');
  });

  it('southern hemisphere DST (Australia/Sydney, clocks go back on 2026-04-05)', () => {
    // 22:00 AEDT Apr 4 = 11:00Z; 07:00 AEST Apr 5 = 21:00Z Apr 4.
    expect(quietHoursEnd(at('2026-04-04T11:00:00Z'), 'Australia/Sydney', '21:00', '07:00').toISOString()).toBe('2026-04-04T21:00:00.000Z');
  });
});
