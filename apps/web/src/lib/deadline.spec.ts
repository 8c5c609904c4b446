import { deadlineState } from './deadline';

describe('deadlineState', () => {
  // 2026-03-15 23:30 in Shanghai (15:30 UTC).
  const now = new Date('2026-03-15T15:30:00Z');

  it('counts calendar days in China time', () => {
    expect(deadlineState('2026-03-16T01:00:00Z', now)).toEqual({ kind: 'days', days: 1 });
    expect(deadlineState('2026-03-20T09:00:00Z', now)).toEqual({ kind: 'days', days: 5 });
    // 16:30 UTC is already the 16th in Shanghai.
    expect(deadlineState('2026-03-17T01:00:00Z', new Date('2026-03-15T16:30:00Z'))).toEqual({ kind: 'days', days: 1 });
  });

  it('knows today and passed, and ignores missing dates', () => {
    expect(deadlineState('2026-03-15T15:59:00Z', now)).toEqual({ kind: 'today' });
    expect(deadlineState('2026-03-15T15:30:00Z', now)).toEqual({ kind: 'passed' });
    expect(deadlineState('2026-01-01T00:00:00Z', now)).toEqual({ kind: 'passed' });
    expect(deadlineState(null, now)).toBeNull();
    expect(deadlineState('soon', now)).toBeNull();
  });
});
