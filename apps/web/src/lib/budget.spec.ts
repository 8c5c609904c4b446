import { formatYuan, parseBudgetRange, wanToYuan, yuanToWan } from './budget';

describe('budget in 万元 ↔ yuan', () => {
  it('converts 万元 typed in the form to yuan', () => {
    expect(wanToYuan('350')).toEqual({ ok: true, yuan: 3_500_000 });
    expect(wanToYuan('0.1')).toEqual({ ok: true, yuan: 1000 });
    expect(wanToYuan('1.2345')).toEqual({ ok: true, yuan: 12_345 });
    expect(wanToYuan('0.000001')).toEqual({ ok: true, yuan: 0.01 });
    expect(wanToYuan(' 1,000 ')).toEqual({ ok: true, yuan: 10_000_000 });
    expect(wanToYuan('３５０')).toEqual({ ok: true, yuan: 3_500_000 });
    expect(wanToYuan('350万元')).toEqual({ ok: true, yuan: 3_500_000 });
    expect(wanToYuan('')).toEqual({ ok: true, yuan: null });
  });

  it('rejects what is not an amount', () => {
    expect(wanToYuan('abc')).toEqual({ ok: false, error: 'not_a_number' });
    expect(wanToYuan('1.2.3')).toEqual({ ok: false, error: 'not_a_number' });
    expect(wanToYuan('-5')).toEqual({ ok: false, error: 'negative' });
    expect(wanToYuan('100000001')).toEqual({ ok: false, error: 'too_large' });
  });

  it('shows yuan from the API in 万元 and round-trips', () => {
    expect(yuanToWan(3_500_000)).toBe('350');
    expect(yuanToWan(12_345)).toBe('1.2345');
    expect(yuanToWan(null)).toBe('');
    for (const wan of ['350', '0.5', '1.2345', '99999', '0.01']) {
      const r = wanToYuan(wan);
      expect(r.ok && yuanToWan(r.yuan)).toBe(wan);
    }
  });

  it('checks the range as a whole', () => {
    expect(parseBudgetRange('100', '5000')).toEqual({ ok: true, budgetMin: 1_000_000, budgetMax: 50_000_000 });
    expect(parseBudgetRange('', '')).toEqual({ ok: true, budgetMin: null, budgetMax: null });
    expect(parseBudgetRange('500', '100')).toEqual({ ok: false, field: 'budgetMax', error: 'below_min' });
    expect(parseBudgetRange('x', '100')).toEqual({ ok: false, field: 'budgetMin', error: 'not_a_number' });
  });

  it('formats amounts in 元, 万元 or 亿元', () => {
    expect(formatYuan(8000)).toBe('8,000元');
    expect(formatYuan(3_500_000)).toBe('350万元');
    expect(formatYuan(125_000_000)).toBe('1.25亿元');
    expect(formatYuan(null)).toBe('');
  });
});
