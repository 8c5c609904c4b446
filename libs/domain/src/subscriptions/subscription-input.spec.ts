import { DomainError } from '../shared/domain.errors';
import { cleanSubscriptionInput, SUBSCRIPTION_DEFAULTS, SubscriptionInput } from './subscription-input';

const input = (over: Partial<SubscriptionInput> = {}): SubscriptionInput => ({ ...SUBSCRIPTION_DEFAULTS, name: '渝中区道路', ...over });

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return (e as DomainError).errors!.map((x) => x.field);
  }
  throw new Error('expected a validation error');
}

describe('cleanSubscriptionInput', () => {
  it('accepts a full subscription and cleans it', () => {
    const clean = cleanSubscriptionInput(
      input({
        name: '  渝中区   道路 ',
        keywords: [' 道路 ', '道路', '市政 改造'],
        regions: ['500103', '500103'],
        categories: ['tender', 'tender', 'award'],
        budgetMin: 1_000_000.005,
        budgetMax: 5_000_000,
        channels: ['email', 'email'],
      }),
    );
    expect(clean).toMatchObject({
      name: '渝中区 道路',
      keywords: ['道路', '市政 改造'],
      regions: ['500103'],
      categories: ['tender', 'award'],
      budgetMin: 1_000_000.01,
      channels: ['email'],
    });
  });

  it('allows a subscription without keywords ("every tender in 渝中区")', () => {
    expect(cleanSubscriptionInput(input({ regions: ['500103'], categories: ['tender'] })).keywords).toEqual([]);
  });

  it('names every bad field at once', () => {
    const fields = fieldsOf(() =>
      cleanSubscriptionInput(
        input({
          name: '   ',
          keywords: ['', 'ok'],
          regions: ['500103', '999999', 'abc'],
          categories: ['tender', 'lottery'],
          stages: ['correction', 'party'],
          budgetMin: 10,
          budgetMax: 5,
          channels: [],
          scope: 'everything' as never,
          frequency: 'hourly' as never,
        }),
      ),
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'name',
        'keywords.0',
        'regions.1',
        'regions.2',
        'categories.1',
        'stages.1',
        'budgetMin',
        'channels',
        'scope',
        'frequency',
      ]),
    );
  });

  it('caps list sizes and names', () => {
    expect(fieldsOf(() => cleanSubscriptionInput(input({ keywords: Array.from({ length: 500 }, (_, i) => `词${i}`) })))).toContain(
      'keywords',
    );
    expect(fieldsOf(() => cleanSubscriptionInput(input({ name: 'x'.repeat(1024 * 1024) })))).toEqual(['name']);
    expect(fieldsOf(() => cleanSubscriptionInput(input({ budgetMin: -1 })))).toEqual(['budgetMin']);
    expect(fieldsOf(() => cleanSubscriptionInput(input({ budgetMax: Number.NaN })))).toEqual(['budgetMax']);
  });
});
