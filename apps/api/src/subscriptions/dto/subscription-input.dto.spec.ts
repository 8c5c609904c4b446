import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidationErrors } from '../../bootstrap/validation.pipe';
import { CreateSubscriptionDto, UpdateSubscriptionDto } from './subscription-input.dto';

async function fields(cls: new () => object, body: object): Promise<string[]> {
  const errors = await validate(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true });
  return [...new Set(flattenValidationErrors(errors).map((e) => e.field))];
}

describe('CreateSubscriptionDto', () => {
  it('accepts a full subscription and a keyword-less one', async () => {
    expect(
      await fields(CreateSubscriptionDto, {
        name: '道路',
        keywords: ['道路', '市政 改造'],
        excludeWords: ['监理'],
        scope: 'title',
        regions: ['500103'],
        categories: ['tender'],
        budgetMin: 0,
        budgetMax: null,
        requireBudget: true,
        channels: ['email', 'sms'],
        frequency: 'weekly',
      }),
    ).toEqual([]);
    expect(await fields(CreateSubscriptionDto, { name: '渝中区全部', regions: ['500103'] })).toEqual([]);
  });

  it('names the field of each kind of nonsense', async () => {
    expect(await fields(CreateSubscriptionDto, { name: '' })).toEqual(['name']);
    expect(await fields(CreateSubscriptionDto, { name: 'x'.repeat(1024 * 1024) })).toEqual(['name']);
    expect(await fields(CreateSubscriptionDto, { name: 'n', keywords: ['  '] })).toEqual(['keywords']);
    expect(await fields(CreateSubscriptionDto, { name: 'n', keywords: Array.from({ length: 500 }, (_, i) => `k${i}`) })).toEqual([
      'keywords',
    ]);
    expect(await fields(CreateSubscriptionDto, { name: 'n', keywords: ['x'.repeat(31)] })).toEqual(['keywords']);
    expect(await fields(CreateSubscriptionDto, { name: 'n', keywords: '道路' })).toEqual(['keywords']);
    expect(await fields(CreateSubscriptionDto, { name: 'n', regions: ['5001'] })).toEqual(['regions']);
    expect(await fields(CreateSubscriptionDto, { name: 'n', categories: ['lottery'] })).toEqual(['categories']);
    expect(await fields(CreateSubscriptionDto, { name: 'n', stages: 'correction' })).toEqual(['stages']);
    expect(await fields(CreateSubscriptionDto, { name: 'n', stages: [7] })).toEqual(['stages']);
    expect(await fields(CreateSubscriptionDto, { name: 'n', budgetMin: -1, budgetMax: 'lots' })).toEqual(['budgetMin', 'budgetMax']);
    expect(await fields(CreateSubscriptionDto, { name: 'n', channels: [] })).toEqual(['channels']);
    expect(await fields(CreateSubscriptionDto, { name: 'n', channels: ['pigeon'], frequency: 'hourly', scope: 'all' })).toEqual([
      'scope',
      'channels',
      'frequency',
    ]);
    expect(await fields(CreateSubscriptionDto, { name: 'n', requireBudget: null })).toEqual(['requireBudget']);
  });

  it('refuses fields a member may not set (no mass assignment)', async () => {
    expect(await fields(CreateSubscriptionDto, { name: 'n', memberId: 'x', id: 'y', pausedAt: null })).toEqual([
      'memberId',
      'id',
      'pausedAt',
    ]);
  });

  it('lets an update send any subset', async () => {
    expect(await fields(UpdateSubscriptionDto, {})).toEqual([]);
    expect(await fields(UpdateSubscriptionDto, { keywords: [''] })).toEqual(['keywords']);
  });
});
