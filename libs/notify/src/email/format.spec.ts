import { deadlineStatus, formatBudget, formatDate, kindLabel } from './format';

describe('deadlineStatus', () => {
  const tz = 'Asia/Shanghai';
  // 2026-03-15 23:30 in Shanghai.
  const now = new Date('2026-03-15T15:30:00Z');

  it('counts calendar days in the member timezone, not 24-hour spans', () => {
    // 16 March 09:00 Shanghai is under 24 hours away but the next day.
    expect(deadlineStatus(new Date('2026-03-16T01:00:00Z'), now, tz)).toBe('剩 1 天');
    expect(deadlineStatus(new Date('2026-03-20T09:00:00Z'), now, tz)).toBe('剩 5 天');
    // 16:30 UTC on the 15th is already the 16th in Shanghai: one day fewer there.
    expect(deadlineStatus(new Date('2026-03-17T01:00:00Z'), new Date('2026-03-15T16:30:00Z'), 'UTC')).toBe('剩 2 天');
    expect(deadlineStatus(new Date('2026-03-17T01:00:00Z'), new Date('2026-03-15T16:30:00Z'), tz)).toBe('剩 1 天');
  });

  it('says 今天截止 on the day and 已截止 once passed', () => {
    expect(deadlineStatus(new Date('2026-03-15T15:59:00Z'), now, tz)).toBe('今天截止');
    expect(deadlineStatus(now, now, tz)).toBe('已截止');
    expect(deadlineStatus(new Date('2026-03-01T01:00:00Z'), now, tz)).toBe('已截止');
    expect(deadlineStatus(null, now, tz)).toBeNull();
  });
});

describe('formatBudget (also award amounts)', () => {
  it('writes 万元 with at most two decimals, small sums in 元', () => {
    expect(formatBudget(3_500_000)).toBe('350万元');
    expect(formatBudget(3_456_789)).toBe('345.68万元');
    expect(formatBudget(10_000)).toBe('1万元');
    expect(formatBudget(8_000)).toBe('8000元');
    expect(formatBudget(null)).toBeNull();
    expect(formatBudget(-1)).toBeNull();
  });
});

describe('kindLabel', () => {
  it('prefers the stage, falls back to the category', () => {
    expect(kindLabel('change', 'correction')).toBe('更正');
    expect(kindLabel('change', null)).toBe('更正公告');
    expect(kindLabel('award', 'nonsense')).toBe('中标结果');
  });
});

describe("dates in the member's timezone, read again", () => {
  it('gives the same minute in another zone its own parts, and the next minute its own', () => {
    const at = new Date('2026-03-20T15:59:30Z');
    expect(formatDate(at, 'Asia/Shanghai', true)).toBe('3月20日 23:59');
    expect(formatDate(at, 'Europe/London', true)).toBe('3月20日 15:59');
    expect(formatDate(at, 'Asia/Shanghai', true)).toBe('3月20日 23:59');
    expect(formatDate(new Date(at.getTime() + 60_000), 'Asia/Shanghai')).toBe('3月21日');
    expect(deadlineStatus(new Date('2026-03-21T01:00:00Z'), at, 'Asia/Shanghai')).toBe('剩 1 天');
  });
});
