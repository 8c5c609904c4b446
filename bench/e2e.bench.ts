// The whole pipeline on real services: N subscriptions of realistic members (instant/daily/weekly
// mix), M bulletins in the style of real notices through POST /v1/ingest/bulletins, the api and the
// worker as child processes, a counting SMTP sink. Prints ingest/s, the time until every bulletin's
// matches, notifications and instant deliveries are recorded, the time until every instant email
// was accepted, emails/s, SQL statements and CPU per bulletin (all of the bulk phase). Then a steady
// phase (--rate bulletins/s for --seconds; --seconds 0 skips it): instant latency beyond the
// coalescing window, p50/p95/max, from each bulletin's POST to the sink accepting its email. Last, a
// digest phase: every daily/weekly member with something pending made due at once, timed until
// the sink accepted every digest (--no-digests skips it). --history-months: past months of empty
// ledger partitions made first, as a service that keeps 13 months has (statements that cannot
// prune by month are planned over every partition). --cpu-prof dir: V8 profiles of the api and
// the worker (node --cpu-prof), written when they shut down at the end.
// --postgres tuned: on a PostgreSQL cluster of the bench's own with the production settings of
// docker/postgres/tuning.conf, instead of the test server as this machine runs it (`machine`).
// --worker-groups match,maintenance/deliver,digest,webhooks,reminders: one worker process per
// group of WORKER_ROLES (separated by /), process groups standing in for machines, each with settings
// of its own after a + (deliver,digest+WORKER_CONCURRENCY=16+SMTP_POOL_SIZE=16); CPU and
// statements are summed over them. Default: one worker with every role.
// --statements (with --postgres tuned): the statements Postgres spent the bulk phase on, dearest
// first, planning included, ms per bulletin and share of all statement time (pg_stat_statements);
// then those of the digest phase, per digest (its "msPerBulletin" column).
// Run: npm run bench:e2e -- [--subs 100000] [--bulletins 10000] [--batch 200] [--concurrency 2] [--window 5]
//                           [--rate 20] [--seconds 60] [--no-digests] [--history-months 12] [--cpu-prof dir]
//                           [--postgres machine|tuned] [--statements] [--worker-groups roles/roles]
// Works in a database of its own (created, migrated, dropped); writes bench/results/e2e-<ts>.json.
// Redis commands per bulletin count every client of REDIS_URL: point it at a Redis of the bench's own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runEndToEnd } from './e2e/run-e2e';

const REPO_ROOT = resolve(__dirname, '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      subs: { type: 'string', default: '100000' },
      bulletins: { type: 'string', default: '10000' },
      batch: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '2' },
      window: { type: 'string', default: '5' },
      rate: { type: 'string', default: '20' },
      seconds: { type: 'string', default: '60' },
      'no-digests': { type: 'boolean', default: false },
      'history-months': { type: 'string', default: '12' },
      'cpu-prof': { type: 'string' },
      postgres: { type: 'string', default: 'machine' },
      statements: { type: 'boolean', default: false },
      'worker-groups': { type: 'string' },
    },
  });
  if (values.postgres !== 'machine' && values.postgres !== 'tuned') throw new Error(`--postgres: machine or tuned, not ${values.postgres}`);
  const started = Date.now();
  const result = await runEndToEnd({
    subscriptions: Number(values.subs),
    bulletins: Number(values.bulletins),
    batch: Number(values.batch),
    concurrency: Number(values.concurrency),
    windowSeconds: Number(values.window),
    steadyRate: Number(values.rate),
    steadySeconds: Number(values.seconds),
    digests: !values['no-digests'],
    historyMonths: Number(values['history-months']),
    profileDir: values['cpu-prof'] ? resolve(values['cpu-prof']) : undefined,
    postgres: values.postgres,
    statements: values.statements,
    workerGroups: values['worker-groups']?.split('/').filter(Boolean),
    log: (line) => console.log(`[${Math.round((Date.now() - started) / 1000)}s] ${line}`),
  });
  console.table(Object.entries(result.figures).map(([figure, value]) => ({ figure, value })));
  console.table(Object.entries(result.counts).map(([count, value]) => ({ count, value })));
  if (result.topStatements) console.table(result.topStatements);
  if (result.digestStatements) console.table(result.digestStatements);
  if (result.workers.length > 1) console.table(result.workers);
  console.table(Object.entries(result.diskBytesPerBulletin).map(([table, bytes]) => ({ table, bytesPerBulletin: bytes })));
  mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
  const file = join(REPO_ROOT, `bench/results/e2e-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- taken out only to leave it off the saved figures, never called
  const { subscriptions: _s, dropDatabase: _d, ...kept } = result;
  writeFileSync(file, JSON.stringify({ ...kept, loadavg: loadavg() }, null, 2));
  console.log(`written ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
