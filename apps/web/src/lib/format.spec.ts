import { formatDate, formatDateTime } from './format';

describe('dates in China time', () => {
  it('formats an instant as Beijing time', () => {
    expect(formatDateTime('2026-11-25T02:00:00.000Z')).toBe('2026-11-25 10:00');
    expect(formatDateTime('2026-11-25T16:30:00.000Z')).toBe('2026-11-26 00:30');
    expect(formatDate('2026-11-25T16:30:00.000Z')).toBe('2026-11-26');
  });

  it('shows nothing for a missing or broken date', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});
