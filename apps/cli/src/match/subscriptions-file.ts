import { FILTER_DEFAULTS, type SubscriptionFilter, ValidationError, cleanFilter } from '@app/domain';
import type { MatchSubscription } from '@app/matcher';
import { CliError } from '../cli.errors';

export interface NamedSubscription extends MatchSubscription {
  name: string | null;
}

/** A subscriptions file that cannot be used; `problems` name the entry and field. */
export class SubscriptionsFileError extends CliError {
  constructor(readonly problems: string[]) {
    super(`invalid subscriptions:\n  ${problems.join('\n  ')}`);
    this.name = 'SubscriptionsFileError';
  }
}

const LISTS = ['keywords', 'excludeWords', 'regions', 'categories', 'stages'] as const;

/**
 * Subscriptions in the API's shape (`{ id?, name?, keywords, excludeWords, scope, regions,
 * categories, stages, budgetMin, budgetMax, requireBudget }`), checked and cleaned by the same rules as
 * the API (cleanFilter). Missing fields take the API defaults; missing ids are `sub-<n>`.
 */
export function loadSubscriptions(json: unknown): NamedSubscription[] {
  if (!Array.isArray(json)) throw new SubscriptionsFileError(['the file must hold a JSON array of subscriptions']);
  const problems: string[] = [];
  const ids = new Set<string>();
  const subs = json.flatMap((raw, i): NamedSubscription[] => {
    const at = (field: string, message: string) => void problems.push(`[${i}] ${field}: ${message}`);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return (at('(item)', 'must be an object'), []);
    const entry = raw as Record<string, unknown>;
    const given = entry.id;
    if (given !== undefined && typeof given !== 'string' && typeof given !== 'number') at('id', 'must be a string or a number');
    const id = typeof given === 'string' || typeof given === 'number' ? String(given) : `sub-${i + 1}`;
    if (ids.has(id)) at('id', `${id} is used twice`);
    ids.add(id);
    const shapeErrors = problems.length;
    for (const list of LISTS) {
      const v = entry[list];
      if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) at(list, 'must be an array of strings');
    }
    for (const n of ['budgetMin', 'budgetMax'] as const)
      if (entry[n] !== undefined && entry[n] !== null && typeof entry[n] !== 'number') at(n, 'must be a number or null');
    if (entry.requireBudget !== undefined && typeof entry.requireBudget !== 'boolean') at('requireBudget', 'must be true or false');
    if (entry.name !== undefined && entry.name !== null && typeof entry.name !== 'string') at('name', 'must be a string');
    if (problems.length > shapeErrors) return [];
    const fields = Object.fromEntries(Object.entries(entry).filter(([k, v]) => k in FILTER_DEFAULTS && v !== undefined));
    try {
      const filter: SubscriptionFilter = cleanFilter({ ...FILTER_DEFAULTS, ...fields });
      return [{ id, name: (entry.name as string | undefined) ?? null, ...filter }];
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      for (const e of err.errors ?? []) at(e.field, e.message);
      return [];
    }
  });
  if (problems.length) throw new SubscriptionsFileError(problems);
  return subs;
}
