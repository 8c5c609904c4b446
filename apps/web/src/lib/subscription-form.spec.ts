import type { Subscription } from '../api/types';
import { emptyForm, filterFromForm, filterKey, formFromSubscription, inputFromForm, toggle } from './subscription-form';

const saved: Subscription = {
  id: 's1',
  name: '渝中区市政道路',
  keywords: ['道路', '市政 改造'],
  excludeWords: ['监理'],
  scope: 'title_body',
  regions: ['500103'],
  categories: ['tender'],
  stages: ['correction'],
  budgetMin: 1_000_000,
  budgetMax: null,
  requireBudget: false,
  channels: ['email'],
  frequency: 'daily',
  includeExpired: true,
  paused: false,
  pausedAt: null,
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
};
const yuzhong = { code: '500103', name: '渝中区', level: 'district', parentCode: '500000', fullName: '重庆市 渝中区' };

describe('subscription form', () => {
  it('shows a saved subscription with its budget in 万元 and sends it back in yuan', () => {
    const form = formFromSubscription(saved, [yuzhong]);
    expect(form.budgetMinWan).toBe('100');
    expect(form.budgetMaxWan).toBe('');
    const result = inputFromForm({ ...form, budgetMaxWan: '5000' });
    expect(result).toEqual({
      ok: true,
      input: {
        name: '渝中区市政道路',
        keywords: ['道路', '市政 改造'],
        excludeWords: ['监理'],
        scope: 'title_body',
        regions: ['500103'],
        categories: ['tender'],
        stages: ['correction'],
        budgetMin: 1_000_000,
        budgetMax: 50_000_000,
        requireBudget: false,
        channels: ['email'],
        frequency: 'daily',
        includeExpired: true,
      },
    });
    // A delivery option: the preview's filter leaves it out, a new form starts without it.
    expect(filterFromForm(form)).not.toHaveProperty('includeExpired');
    expect(emptyForm().includeExpired).toBe(false);
  });

  it('says which fields need fixing', () => {
    expect(inputFromForm({ ...emptyForm(), channels: [] })).toEqual({ ok: false, errors: { name: 'required', channels: 'required' } });
    expect(inputFromForm({ ...emptyForm(), name: '道路', budgetMinWan: '500', budgetMaxWan: '100' })).toEqual({
      ok: false,
      errors: { budgetMax: 'below_min' },
    });
  });

  it('previews only the filter, and waits while a budget does not parse', () => {
    const form = { ...emptyForm(), name: '道路', keywords: ['道路'], regions: [yuzhong] };
    expect(filterFromForm(form)).toEqual({
      keywords: ['道路'],
      excludeWords: [],
      scope: 'title_body',
      regions: ['500103'],
      categories: [],
      stages: [],
      budgetMin: null,
      budgetMax: null,
      requireBudget: false,
    });
    expect(filterFromForm({ ...form, budgetMinWan: 'abc' })).toBeNull();
    // The name, channels and frequency do not change the preview.
    expect(filterKey(filterFromForm({ ...form, name: 'x', frequency: 'weekly' }))).toBe(filterKey(filterFromForm(form)));
    expect(filterKey(filterFromForm({ ...form, excludeWords: ['监理'] }))).not.toBe(filterKey(filterFromForm(form)));
  });

  it('toggles choices in a stable order', () => {
    const all = ['tender', 'award', 'change'] as const;
    expect(toggle(['change'], 'tender', all)).toEqual(['tender', 'change']);
    expect(toggle(['tender', 'change'], 'tender', all)).toEqual(['change']);
  });
});
