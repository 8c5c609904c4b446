import { validateBulletinInput } from './validate-bulletin-input';

describe('validateBulletinInput', () => {
  it('accepts a minimal item and types its dates and numbers', () => {
    const r = validateBulletinInput({ sourceId: 'a1', title: '道路改造招标公告', publishedAt: '2026-03-16', budgetYuan: 3500000 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.publishedAt!.toISOString()).toBe('2026-03-15T16:00:00.000Z');
  });

  it('names each failing field', () => {
    const r = validateBulletinInput({ sourceId: '', title: 42, budgetYuan: '3百万', regionCode: '5001', category: 'party', extra: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(new Set(r.errors.map((e) => e.field))).toEqual(
        new Set(['sourceId', 'title', 'budgetYuan', 'regionCode', 'category', 'extra']),
      );
  });

  it('rejects non-objects and impossible dates', () => {
    expect(validateBulletinInput('x').ok).toBe(false);
    expect(validateBulletinInput([]).ok).toBe(false);
    const r = validateBulletinInput({ sourceId: 'a', title: 't', publishedAt: '2026-02-30T10:00:00Z' });
    expect(r.ok).toBe(false);
  });
});

describe('parseIsoDate', () => {
  const { parseIsoDate } = jest.requireActual('./validate-bulletin-input');
  it('reads zones, defaults to China time and refuses impossible dates', () => {
    expect(parseIsoDate('2026-03-05T09:30:00Z').toISOString()).toBe('2026-03-05T09:30:00.000Z');
    expect(parseIsoDate('2026-03-05 09:30').toISOString()).toBe('2026-03-05T01:30:00.000Z');
    expect(parseIsoDate('2026-03-05T09:30:00+0800').toISOString()).toBe('2026-03-05T01:30:00.000Z');
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('2026-03-05T25:00')).toBeNull();
    expect(parseIsoDate('yesterday')).toBeNull();
  });
});
