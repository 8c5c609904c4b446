import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// The api and worker must run behind a transaction-pooling PgBouncer (README, "How to scale out"):
// consecutive statements outside a transaction may reach different server connections, so nothing
// may depend on the session. test/pgbouncer.e2e-spec.ts runs the path through one; this keeps new
// code from adding session state that path does not happen to reach. The one exception is
// queryPrepared's named protocol statements, which DATABASE_PREPARED_STATEMENTS=false turns off
// there (the pgbouncer test runs with it off, and fails with it on).
const ROOT = join(__dirname, '..', '..', '..');
const SESSION_STATE: Array<[string, RegExp]> = [
  ['session-level advisory lock (use pg_advisory_xact_lock in a transaction)', /pg_(try_)?advisory_(lock|unlock)(_shared)?\s*\(/],
  ['LISTEN/NOTIFY', /[`'"]\s*(LISTEN|UNLISTEN|NOTIFY)\s+\w|pg_notify\s*\(/i],
  ['temporary table', /CREATE\s+(GLOBAL\s+|LOCAL\s+)?(TEMP|TEMPORARY)\s+TABLE/i],
  ['SET without LOCAL', /[`'"]\s*SET\s+(SESSION\s+)?(?!LOCAL\b)[a-z_.]+\s*(=|TO)\s/i],
  ['set_config for the session', /set_config\s*\([^)]*,\s*false\s*\)/i],
  ['named prepared statement', /\bPREPARE\s+\w+\s*(\(|AS)/i],
];
// Migrations run over DATABASE_MIGRATION_URL, straight to PostgreSQL: their lock may be a session's.
// The tests' plan probe prepares and deallocates its statement inside one transaction, which a
// transaction pooler keeps on one server connection.
const ALLOWED = new Set(['libs/database/src/migrate.ts', 'libs/testing/src/query-plans.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'migrations' || e.name === 'web' ? [] : sources(path);
    return /\.ts$/.test(e.name) && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(e.name) ? [path] : [];
  });
}

describe('no session state in what runs behind PgBouncer', () => {
  const files = [...sources(join(ROOT, 'apps')), ...sources(join(ROOT, 'libs'))].map((f) => ({
    path: relative(ROOT, f),
    text: readFileSync(f, 'utf8'),
  }));
  const findings = files.flatMap((f) => SESSION_STATE.filter(([, re]) => re.test(f.text)).map(([what]) => `${f.path}: ${what}`));

  it('finds none outside the migration runner', () => {
    expect(findings.filter((f) => !ALLOWED.has(f.split(':')[0]))).toEqual([]);
  });

  it('would see one (the migration lock it allows)', () => {
    expect(findings).toContain('libs/database/src/migrate.ts: session-level advisory lock (use pg_advisory_xact_lock in a transaction)');
    expect(SESSION_STATE[3][1].test('`SET statement_timeout = 5`')).toBe(true);
    expect(SESSION_STATE[3][1].test('`SET LOCAL statement_timeout = 5`')).toBe(false);
    expect(SESSION_STATE[3][1].test('`UPDATE members SET plan = $2`')).toBe(false);
  });
});
