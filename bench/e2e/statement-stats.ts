import type { DataSource } from 'typeorm';

// Loaded at server start, so only a cluster of the bench's own can have it. Planning is counted
// too: a statement that cannot prune by month is planned over every ledger partition.
export const STATEMENT_STATS = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track_planning': 'on',
  'pg_stat_statements.max': '5000',
};

export interface StatementTime {
  /** The statement's text, white space folded, cut to a table's width. */
  query: string;
  calls: number;
  /** Times it was planned: far fewer than calls where a prepared statement's plan is kept. */
  plans: number;
  /** Planning and execution, per bulletin of the phase. */
  msPerBulletin: number;
  planMsPerBulletin: number;
  meanMs: number;
  rowsPerCall: number;
  /** Share of all statement time in the database over the phase. */
  percent: number;
}

/** The statements that took most of the database's time since the last reset, dearest first. */
export async function statementsByTime(ds: DataSource, database: string, bulletins: number, top = 15): Promise<StatementTime[]> {
  const rows = await ds.query<
    Array<{ query: string; calls: string; plans: string; ms: number; plan_ms: number; rows: string; all_ms: number }>
  >(
    `WITH s AS (
       SELECT s.query, s.calls, s.plans, s.total_exec_time + s.total_plan_time AS ms, s.total_plan_time AS plan_ms, s.rows
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1)
     SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 140) AS query, calls, plans, ms, plan_ms, rows, sum(ms) OVER () AS all_ms
       FROM s ORDER BY ms DESC LIMIT $2`,
    [database, top],
  );
  const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
  return rows.map((r) => ({
    query: r.query,
    calls: Number(r.calls),
    plans: Number(r.plans),
    msPerBulletin: round(r.ms / bulletins),
    planMsPerBulletin: round(r.plan_ms / bulletins),
    meanMs: round(r.ms / Math.max(1, Number(r.calls)), 3),
    rowsPerCall: round(Number(r.rows) / Math.max(1, Number(r.calls)), 1),
    percent: round((100 * r.ms) / Math.max(1e-9, r.all_ms), 1),
  }));
}
