import { BULLETIN_CATEGORIES, BULLETIN_STAGES } from '@app/parsing';
import { isKnownRegion } from '@app/regions';
import { ValidationError } from '../shared/domain.errors';
import type { Channel, SubscriptionFrequency, SubscriptionScope } from './subscription.entity';
import { cleanTerms } from './subscription-terms';

type FieldError = { field: string; message: string };

export const SUBSCRIPTION_SCOPES: readonly SubscriptionScope[] = ['title', 'title_body'];
export const SUBSCRIPTION_FREQUENCIES: readonly SubscriptionFrequency[] = ['instant', 'daily', 'weekly'];
export const CHANNELS: readonly Channel[] = ['email', 'sms', 'wechat', 'webhook', 'robot'];
/** Every channel of the ledger: the members' own, and `team` (a team endpoint's copy; never chosen on a subscription). */
export const LEDGER_CHANNELS: readonly Channel[] = [...CHANNELS, 'team'];

/** Hard caps whatever the plan (plans set lower keyword limits, answered with 422). */
export const SUBSCRIPTION_LIMITS = {
  nameLength: 100,
  keywords: 200,
  excludeWords: 50,
  regions: 50,
  // numeric(18,2) holds more; a trillion yuan is beyond any tender.
  budgetYuan: 1e12,
} as const;

/** What the matcher looks at. */
export interface SubscriptionFilter {
  keywords: string[];
  excludeWords: string[];
  scope: SubscriptionScope;
  regions: string[];
  categories: string[];
  /** Notice stages caught besides whole categories (either catches); both empty = every kind. */
  stages: string[];
  budgetMin: number | null;
  budgetMax: number | null;
  requireBudget: boolean;
}

/** A whole subscription as a member defines it. */
export interface SubscriptionInput extends SubscriptionFilter {
  name: string;
  channels: Channel[];
  frequency: SubscriptionFrequency;
  /** Delivery, not matching: tenders past their bid deadline are sent too (marked 已截止) instead of held back. */
  includeExpired: boolean;
}

export const FILTER_DEFAULTS: SubscriptionFilter = {
  keywords: [],
  excludeWords: [],
  scope: 'title_body',
  regions: [],
  categories: [],
  stages: [],
  budgetMin: null,
  budgetMax: null,
  requireBudget: false,
};

export const SUBSCRIPTION_DEFAULTS: Omit<SubscriptionInput, 'name'> = {
  ...FILTER_DEFAULTS,
  channels: ['email'],
  frequency: 'instant',
  includeExpired: false,
};

/** The filter as stored: terms cleaned, lists de-duplicated, regions and categories known. Throws a 400 naming each bad field. */
export function cleanFilter(input: SubscriptionFilter): SubscriptionFilter {
  const errors: FieldError[] = [];
  const filter = cleanFilterInto(input, errors);
  if (errors.length) throw new ValidationError(errors);
  return filter;
}

export function cleanSubscriptionInput(input: SubscriptionInput): SubscriptionInput {
  const errors: FieldError[] = [];
  const filter = cleanFilterInto(input, errors);
  const name = typeof input.name === 'string' ? input.name.trim().replace(/\s+/g, ' ') : '';
  if (name === '') errors.push({ field: 'name', message: 'must not be empty' });
  else if ([...name].length > SUBSCRIPTION_LIMITS.nameLength)
    errors.push({ field: 'name', message: `must be at most ${SUBSCRIPTION_LIMITS.nameLength} characters` });
  const channels = Array.isArray(input.channels) ? unique(input.channels) : [];
  if (channels.length === 0) errors.push({ field: 'channels', message: 'needs at least one channel' });
  channels.forEach(
    (c, i) => CHANNELS.includes(c) || errors.push({ field: `channels.${i}`, message: `must be one of ${CHANNELS.join(', ')}` }),
  );
  if (!SUBSCRIPTION_FREQUENCIES.includes(input.frequency))
    errors.push({ field: 'frequency', message: `must be one of ${SUBSCRIPTION_FREQUENCIES.join(', ')}` });
  if (input.includeExpired !== undefined && typeof input.includeExpired !== 'boolean')
    errors.push({ field: 'includeExpired', message: 'must be true or false' });
  if (errors.length) throw new ValidationError(errors);
  return { ...filter, name, channels, frequency: input.frequency, includeExpired: input.includeExpired === true };
}

function cleanFilterInto(raw: SubscriptionFilter, errors: FieldError[]): SubscriptionFilter {
  // Lists may arrive as null from a partial update: report them instead of failing on them.
  const input = { ...raw };
  for (const field of ['keywords', 'excludeWords', 'regions', 'categories', 'stages'] as const) {
    if (!Array.isArray(input[field])) {
      errors.push({ field, message: 'must be a list' });
      input[field] = [];
    }
  }
  const keywords = cleanTerms(input.keywords, 'keywords');
  const excludeWords = cleanTerms(input.excludeWords, 'excludeWords');
  errors.push(...keywords.errors, ...excludeWords.errors);
  if (input.keywords.length > SUBSCRIPTION_LIMITS.keywords)
    errors.push({ field: 'keywords', message: `must have at most ${SUBSCRIPTION_LIMITS.keywords} entries` });
  if (input.excludeWords.length > SUBSCRIPTION_LIMITS.excludeWords)
    errors.push({ field: 'excludeWords', message: `must have at most ${SUBSCRIPTION_LIMITS.excludeWords} entries` });
  if (!SUBSCRIPTION_SCOPES.includes(input.scope))
    errors.push({ field: 'scope', message: `must be one of ${SUBSCRIPTION_SCOPES.join(', ')}` });

  const regions = unique(input.regions.map((r) => String(r).trim()));
  if (regions.length > SUBSCRIPTION_LIMITS.regions)
    errors.push({ field: 'regions', message: `must have at most ${SUBSCRIPTION_LIMITS.regions} entries` });
  regions.forEach(
    (code, i) => isKnownRegion(code) || errors.push({ field: `regions.${i}`, message: `${code} is not a known region code (GB/T 2260)` }),
  );

  const categories = unique(input.categories);
  categories.forEach(
    (c, i) =>
      (BULLETIN_CATEGORIES as readonly string[]).includes(c) ||
      errors.push({ field: `categories.${i}`, message: `must be one of ${BULLETIN_CATEGORIES.join(', ')}` }),
  );

  const stages = unique(input.stages);
  stages.forEach(
    (s, i) =>
      (BULLETIN_STAGES as readonly string[]).includes(s) ||
      errors.push({ field: `stages.${i}`, message: `must be one of ${BULLETIN_STAGES.join(', ')}` }),
  );

  for (const field of ['budgetMin', 'budgetMax'] as const) {
    const v = input[field];
    if (v !== null && !(typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= SUBSCRIPTION_LIMITS.budgetYuan)) {
      errors.push({ field, message: `must be a number of yuan from 0 to ${SUBSCRIPTION_LIMITS.budgetYuan}` });
    }
  }
  if (input.budgetMin !== null && input.budgetMax !== null && input.budgetMin > input.budgetMax) {
    errors.push({ field: 'budgetMin', message: 'must not be greater than budgetMax' });
  }
  // Budgets are numeric(18,2): round to the fen here rather than letting Postgres do it silently.
  const fen = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    keywords: keywords.terms,
    excludeWords: excludeWords.terms,
    scope: input.scope,
    regions,
    categories,
    stages,
    budgetMin: fen(input.budgetMin),
    budgetMax: fen(input.budgetMax),
    requireBudget: input.requireBudget === true,
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
