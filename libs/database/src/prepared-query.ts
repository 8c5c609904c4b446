import { createHash } from 'node:crypto';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Statements the worker runs for every delivery and every bulletin, sent as named prepared
 * statements: Postgres then plans each once per connection instead of on every call. Planning is
 * what such a statement costs most when it reads partitioned tables without their partition key
 * (deliveries by id, notifications by delivery): every partition and its indexes are weighed again
 * each time, so the cost grows with the months of history kept.
 *
 * Named statements live in a server session. Behind a transaction-pooling PgBouncer older than
 * 1.21 (or without max_prepared_statements) consecutive transactions reach different sessions, so
 * `DATABASE_PREPARED_STATEMENTS=false` sends the same statements unnamed, planned each time.
 */
const names = new Map<string, string>();

/**
 * The connection option of a data source built for named statements (dataSourceOptions with
 * `preparedStatements`); one without it, or behind PgBouncer, sends every statement unnamed.
 * Left to itself, Postgres keeps re-planning a prepared statement whose generic plan it estimates
 * dearer than the custom ones — those over an id array of unknown length, the very ones prepared
 * to save their planning. Each statement sent through here runs as well on its generic plan; the
 * one that did not (assigning notifications) is sent unnamed.
 */
export const GENERIC_PLANS = '-c plan_cache_mode=force_generic_plan';

function preparesStatements(dataSource: DataSource): boolean {
  return (dataSource.options.extra as { options?: string } | undefined)?.options === GENERIC_PLANS;
}

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `ta_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs `text` with `values` on the manager's transaction when it has one, else on a pooled
 * connection, and returns the rows (RETURNING rows too). Only for fixed statement texts: each
 * distinct text is prepared once on every connection that runs it.
 */
export async function queryPrepared<T>(target: DataSource | EntityManager, text: string, values: unknown[]): Promise<T[]> {
  const dataSource = 'manager' in target ? target : target.connection;
  const own: QueryRunner | null = 'manager' in target || !target.queryRunner ? dataSource.createQueryRunner() : null;
  const runner = own ?? (target as EntityManager).queryRunner!;
  try {
    const client = (await runner.connect()) as PgClient;
    const name = preparesStatements(dataSource) ? nameOf(text) : undefined;
    const result = await client.query({ name, text, values });
    return result.rows as T[];
  } finally {
    if (own) await own.release();
  }
}
