import { entryTerms, isLiteralEntry } from '@app/matcher';
import { BULLETIN_SUMMARY_COLUMNS } from '../members/member-inbox.repository';
import type { SubscriptionFilter } from './subscription-input';

/**
 * The indexed bigrams of a bulletin: bulletin_bigrams.grams (GIN), every pair of adjacent
 * characters of title_match and of body_match, joined as `g`. The worker fills it after ingest;
 * until it has, the bulletin is in bulletin_search_pending and only substring checks find it
 * (migration PreviewIndexOffIngest).
 */
export const BIGRAMS_COLUMN = 'g.grams';

/** Joins a bulletin `b` to its indexed bigrams `g`. */
export const BIGRAMS_JOIN = 'JOIN bulletin_bigrams g ON g.bulletin_id = b.id';

/** The bulletin's indexed bigrams are missing or stale: its text must be read. */
export const SEARCH_PENDING = 'EXISTS (SELECT 1 FROM bulletin_search_pending sp WHERE sp.bulletin_id = b.id)';

export interface PreviewQueryOptions {
  since: Date;
  limit: number;
  /** Use the bigram index for title+body keywords (false: plain substring scans, for comparison). */
  useBigrams: boolean;
}

/** Distinct adjacent-character pairs of a part, by code point ("污水处理" → 污水, 水处, 处理). */
export function bigramsOf(part: string): string[] {
  const chars = [...part];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return [...grams];
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

/**
 * One SQL statement that finds the candidates of the matcher's semantics (naiveMatch), newest
 * first, with their count: region prefix, categories or stages and budget exactly; keywords as plain
 * substrings (any entry; all parts of an entry), a superset of word-aware hits outside
 * boilerplate, which only the matcher decides; exclusions only for literal ("=") entries, since
 * a substring exclusion could drop a bulletin whose exclude word is no word hit.
 *
 * Title+body keywords go through the bigram index. Each keyword entry whose parts are not all two
 * characters long gets its own UNION branch (its bigrams find candidates, strpos confirms them),
 * and the entries decided by bigrams alone share one branch (a BitmapOr, nothing to confirm).
 * Those branches skip bulletins whose bigrams are pending (missing, or stale after a text change);
 * one more branch reads the pending ones, a short list while the worker keeps up, by strpos. So
 * the answer is exact however far the index lags. The CTE is MATERIALIZED so the planner runs the
 * branches once, not per row. Exclusions are strpos checks on the hits only.
 */
export function buildPreviewQuery(filter: SubscriptionFilter, opts: PreviewQueryOptions): { sql: string; params: unknown[] } {
  const p = new Params();
  const cheap = ['b.canonical_id IS NULL', 'b.withdrawn_at IS NULL', `COALESCE(b.published_at, b.ingested_at) >= ${p.add(opts.since)}`];
  if (filter.regions.length) cheap.push(regionCondition(p, filter.regions));
  const kind = kindCondition(p, filter);
  if (kind) cheap.push(kind);
  const budget = budgetCondition(p, filter);
  if (budget) cheap.push(budget);

  const where = [...cheap];
  let hits = '';
  const entries = filter.keywords.map(entryTerms);
  // One entry without a bigram would need a scan of every body anyway: then plain strpos for all.
  const useIndex =
    opts.useBigrams &&
    filter.scope === 'title_body' &&
    entries.length > 0 &&
    entries.every((parts) => parts.some((part) => [...part].length >= 2));
  if (useIndex) {
    hits = `WITH hits AS MATERIALIZED (\n${keywordBranches(p, entries, cheap).join('\n  UNION\n')}\n)\n`;
    where.push('b.id IN (SELECT id FROM hits)');
  } else if (entries.length) {
    where.push(`(${entries.map((parts) => `(${presentCondition(p, parts, filter.scope)})`).join(' OR ')})`);
  }
  for (const parts of filter.excludeWords.filter(isLiteralEntry).map(entryTerms)) {
    if (parts.length) where.push(`NOT (${presentCondition(p, parts, filter.scope)})`);
  }

  const sql = `${hits}SELECT ${BULLETIN_SUMMARY_COLUMNS},
       b.title_match AS "titleMatch", b.body_match AS "bodyMatch", count(*) OVER () AS total
  FROM bulletins b
 WHERE ${where.join('\n   AND ')}
 ORDER BY COALESCE(b.published_at, b.ingested_at) DESC, b.id DESC
 LIMIT ${p.add(opts.limit)}`;
  return { sql, params: p.values };
}

function keywordBranches(p: Params, entries: string[][], cheap: string[]): string[] {
  const indexed = (conditions: string[]) =>
    `  SELECT b.id FROM bulletins b ${BIGRAMS_JOIN} WHERE ${[...cheap, ...conditions, `NOT ${SEARCH_PENDING}`].join(' AND ')}`;
  const grams = (parts: string[]) => `${BIGRAMS_COLUMN} @> ${p.add([...new Set(parts.flatMap(bigramsOf))])}::text[]`;
  // A two-character part is present exactly when its bigram is.
  const exact = entries.filter((parts) => parts.every((part) => [...part].length === 2));
  const confirmed = entries.filter((parts) => !exact.includes(parts));
  const branches = exact.length ? [indexed([`(${exact.map(grams).join(' OR ')})`])] : [];
  for (const parts of confirmed) {
    branches.push(indexed([grams(parts), ...parts.filter((part) => [...part].length !== 2).map((part) => inTitleOrBody(p, part))]));
  }
  const anyEntry = entries.map((parts) => `(${presentCondition(p, parts, 'title_body')})`).join(' OR ');
  branches.push(
    `  SELECT b.id FROM bulletin_search_pending sp JOIN bulletins b ON b.id = sp.bulletin_id WHERE ${[...cheap, `(${anyEntry})`].join(' AND ')}`,
  );
  return branches;
}

// A province or city code covers everything under it: 500000 → "50", 500100 → "5001".
function coveredPrefix(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

function regionCondition(p: Params, regions: string[]): string {
  // Stored codes are six digits (ingest takes known division codes only), so a prefix is a range
  // of codes: one condition the btree serves and the planner estimates once. LIKE beside it (or a
  // pattern check) made the planner multiply the same selectivity twice, expect a few dozen rows
  // where there were thousands, and detoast every one's bigrams instead of using their index.
  const ranges = [...new Set(regions.map(coveredPrefix))].map((prefix) => {
    const next = String(Number(prefix) + 1).padStart(prefix.length, '0');
    return next.length === prefix.length
      ? `(b.region_code >= ${p.add(prefix)} AND b.region_code < ${p.add(next)})`
      : `b.region_code LIKE ${p.add(`${prefix}%`)}`;
  });
  return `(${ranges.join(' OR ')})`;
}

// Either list catches a bulletin (kindMatches); a stage the parser could not tell is NULL and only a category catches it.
function kindCondition(p: Params, f: SubscriptionFilter): string | null {
  const kinds = [
    ...(f.categories.length ? [`b.category = ANY(${p.add(f.categories)}::text[])`] : []),
    ...(f.stages.length ? [`b.stage = ANY(${p.add(f.stages)}::text[])`] : []),
  ];
  return kinds.length ? `(${kinds.join(' OR ')})` : null;
}

function budgetCondition(p: Params, f: SubscriptionFilter): string | null {
  const bounds: string[] = [];
  if (f.budgetMin !== null) bounds.push(`b.budget_yuan >= ${p.add(f.budgetMin)}`);
  if (f.budgetMax !== null) bounds.push(`b.budget_yuan <= ${p.add(f.budgetMax)}`);
  if (f.requireBudget) return ['b.budget_yuan IS NOT NULL', ...bounds].join(' AND ');
  // Bulletins without a budget still match unless the member asked otherwise: many notices
  // state none, and dropping them silently would hide work the member wants.
  return bounds.length ? `(b.budget_yuan IS NULL OR (${bounds.join(' AND ')}))` : null;
}

function inTitleOrBody(p: Params, part: string): string {
  const param = p.add(part);
  return `(strpos(b.title_match, ${param}) > 0 OR strpos(b.body_match, ${param}) > 0)`;
}

/** All parts present, by substring search (no index). */
function presentCondition(p: Params, parts: string[], scope: SubscriptionFilter['scope']): string {
  if (scope === 'title') return parts.map((part) => `strpos(b.title_match, ${p.add(part)}) > 0`).join(' AND ');
  return parts.map((part) => inTitleOrBody(p, part)).join(' AND ');
}
