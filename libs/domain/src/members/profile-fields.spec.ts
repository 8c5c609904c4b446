import { toE164 } from './phone-number';
import { CLOCK_TIME, isValidTimeZone } from './time-zone';

describe('toE164', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['+86 138-0013-8000', '+8613800138000'],
    ['+1 415 555 2671', '+14155552671'],
  ])('reads %s as %s (+86 by default)', (input, e164) => expect(toE164(input)).toBe(e164));

  it.each(['', 'abc', '12345', '+86 123', '1380013800000000'])('rejects %p', (input) => expect(toE164(input)).toBeNull());
});

describe('isValidTimeZone', () => {
  it.each(['Asia/Shanghai', 'Asia/Urumqi', 'UTC', 'America/New_York', 'Etc/GMT-8'])('accepts %s', (tz) =>
    expect(isValidTimeZone(tz)).toBe(true),
  );
  it.each(['', 'Mars/Olympus', '+08:00', 'Asia/Shanghai; DROP', 'GMT+8 '])('rejects %p', (tz) => expect(isValidTimeZone(tz)).toBe(false));
});

describe('CLOCK_TIME', () => {
  it('takes HH:MM from 00:00 to 23:59 only', () => {
    expect(['00:00', '08:30', '23:59'].every((t) => CLOCK_TIME.test(t))).toBe(true);
    expect(['24:00', '8:30', '12:60', '12:00:00'].some((t) => CLOCK_TIME.test(t))).toBe(false);
  });
});
