import type { Category, Channel, FilterInput, Frequency, Scope, Stage, Subscription, SubscriptionInput } from '../api/types';
import { parseBudgetRange, yuanToWan } from './budget';
import { regionCodes, type RegionRef } from './regions';

/** The editor's state: budgets as typed in 万元, regions with their names. */
export interface SubscriptionForm {
  name: string;
  keywords: string[];
  excludeWords: string[];
  scope: Scope;
  regions: RegionRef[];
  categories: Category[];
  stages: Stage[];
  budgetMinWan: string;
  budgetMaxWan: string;
  requireBudget: boolean;
  channels: Channel[];
  frequency: Frequency;
  /** Send tenders past their bid deadline too (delivery only: the preview is the same). */
  includeExpired: boolean;
}

export type FormErrors = Partial<Record<'name' | 'budgetMin' | 'budgetMax' | 'channels', string>>;

export function emptyForm(): SubscriptionForm {
  return {
    name: '',
    keywords: [],
    excludeWords: [],
    scope: 'title_body',
    regions: [],
    categories: [],
    stages: [],
    budgetMinWan: '',
    budgetMaxWan: '',
    requireBudget: false,
    channels: ['email'],
    frequency: 'instant',
    includeExpired: false,
  };
}

/** A saved subscription as the form shows it; `regions` are the codes resolved to names by the caller. */
export function formFromSubscription(s: Subscription, regions: RegionRef[]): SubscriptionForm {
  return {
    name: s.name,
    keywords: [...s.keywords],
    excludeWords: [...s.excludeWords],
    scope: s.scope,
    regions,
    categories: [...s.categories],
    stages: [...(s.stages ?? [])],
    budgetMinWan: yuanToWan(s.budgetMin),
    budgetMaxWan: yuanToWan(s.budgetMax),
    requireBudget: s.requireBudget,
    channels: [...s.channels],
    frequency: s.frequency,
    includeExpired: s.includeExpired,
  };
}

/** The filter part, for the live preview; null while the budget does not parse (the preview waits). */
export function filterFromForm(form: SubscriptionForm): FilterInput | null {
  const budget = parseBudgetRange(form.budgetMinWan, form.budgetMaxWan);
  if (!budget.ok) return null;
  return {
    keywords: form.keywords,
    excludeWords: form.excludeWords,
    scope: form.scope,
    regions: regionCodes(form.regions),
    categories: form.categories,
    stages: form.stages,
    budgetMin: budget.budgetMin,
    budgetMax: budget.budgetMax,
    requireBudget: form.requireBudget,
  };
}

/** What the API's POST/PATCH takes, or the problems to show next to the fields (error keys, see i18n). */
export function inputFromForm(form: SubscriptionForm): { ok: true; input: SubscriptionInput } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = 'required';
  else if ([...name].length > 100) errors.name = 'too_long';
  if (!form.channels.length) errors.channels = 'required';
  const budget = parseBudgetRange(form.budgetMinWan, form.budgetMaxWan);
  if (!budget.ok) errors[budget.field] = budget.error;
  const filter = filterFromForm(form);
  if (Object.keys(errors).length || !filter) return { ok: false, errors };
  return { ok: true, input: { ...filter, name, channels: form.channels, frequency: form.frequency, includeExpired: form.includeExpired } };
}

/** Adds or removes one value of a multi-choice field, keeping the canonical order of `all`. */
export function toggle<T>(values: readonly T[], value: T, all: readonly T[]): T[] {
  const set = new Set(values);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return all.filter((v) => set.has(v));
}

/** A stable key for "did the filter change?" (debounced preview). */
export function filterKey(filter: FilterInput | null): string {
  return JSON.stringify(filter);
}
