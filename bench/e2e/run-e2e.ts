import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { ApiKey, Source } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { LEDGER_TABLES, monthStart } from '@app/domain/worker';
import { bullConnection, matchQueueName } from '@app/queues';
import { POSTGRES_TUNING_FILE, startRealPostgres } from '@app/testing';
import { startCountingSmtp } from './counting-smtp';
import { digestPhase, DigestResult } from './digest-phase';
import { bulletinItems, seedMembers } from './e2e-workload';
import { ingestRetries, postBulletins } from './ingest-client';
import { STATEMENT_STATS, statementsByTime, type StatementTime } from './statement-stats';
import { steadyPhase, SteadyResult } from './steady-phase';
import { scratchDatabase } from '../scratch-database';
import { ServerCpuTracker } from './process-cpu';
import { freePort, redisCommands, start, until, type Child } from './bench-processes';
import type { E2eOptions, E2eResult } from './e2e-options';
import { workerGroupEnv } from './worker-group-env';

const OBSERVER = 'bench-e2e-observer';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// Checks that ask Postgres run at this pace: at 10 a second the bench's own polling was a few per
// cent of the database time it reports per bulletin. Time is measured at the sink where it can be.
const DATABASE_POLL_MS = 500;

/**
 * The whole path on real services: members and subscriptions seeded, api and worker started as
 * child processes, bulletins ingested over HTTP, then timed until everything is recorded and
 * every instant email has reached a counting SMTP sink.
 */
export async function runEndToEnd(opts: E2eOptions): Promise<E2eResult> {
  const log = opts.log ?? (() => undefined);
  if (opts.statements && opts.postgres !== 'tuned') throw new Error("statements: only on a cluster of the bench's own (postgres: tuned)");
  const cluster =
    opts.postgres === 'tuned'
      ? await startRealPostgres({ include: POSTGRES_TUNING_FILE, settings: opts.statements ? STATEMENT_STATS : undefined })
      : null;
  const db = await scratchDatabase('tenders_bench_e2e', cluster?.url);
  const dbName = new URL(db.url).pathname.slice(1);
  const smtp = await startCountingSmtp();
  const dir = mkdtempSync(join(tmpdir(), 'bench-e2e-'));
  const base = testEnvironment();
  const prefix = `bench-e2e-${process.pid}-${Date.now() % 100000}`;
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...base,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: db.url,
    QUEUE_PREFIX: prefix,
    SMTP_URL: smtp.url,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    INSTANT_WINDOW_SECONDS: String(opts.windowSeconds),
    RATE_LIMIT_INGEST_PER_MINUTE: '1000000',
  };
  // The bench's own connections (seeding, polling for "done") are named, so their CPU is left out.
  const ds = await new DataSource(
    dataSourceOptions({ database: { url: db.url, poolSize: 4 } }, { extra: { max: 4, application_name: OBSERVER } }),
  ).initialize();
  const observerPids = async () =>
    new Set(
      (await ds.query<Array<{ pid: number }>>(`SELECT pid FROM pg_stat_activity WHERE application_name = $1`, [OBSERVER])).map(
        (r) => r.pid,
      ),
    );
  const children: Child[] = [];
  let serverCpu: ServerCpuTracker | undefined;
  let finished = false;
  try {
    log(`seeding ${opts.subscriptions} subscriptions`);
    const subscriptions = await seedMembers(ds, opts.subscriptions);
    if (opts.historyMonths) {
      const past = Array.from({ length: opts.historyMonths }, (_, i) => monthStart(new Date(), -1 - i));
      log(`creating ${past.length} past months of ledger partitions`);
      await ds.query(`SELECT ledger_create_partition(t, m) FROM unnest($1::text[]) AS t CROSS JOIN unnest($2::date[]) AS m`, [
        [...LEDGER_TABLES],
        past,
      ]);
    }
    const { apiKey } = await new SourcesService(ds.getRepository(Source), ds.getRepository(ApiKey)).create('bench-e2e');

    const groups = opts.workerGroups?.length ? opts.workerGroups : [undefined];
    log(`starting api and ${groups.length === 1 ? 'worker' : `${groups.length} worker process groups (${groups.join(' | ')})`}`);
    const api = start('api', env, dir, opts.profileDir);
    const workers = groups.map((group, i) =>
      start(
        'worker',
        group ? { ...env, ...workerGroupEnv(group) } : env,
        dir,
        opts.profileDir,
        groups.length === 1 ? 'worker' : `worker-${i + 1}`,
      ),
    );
    children.push(api, ...workers);
    for (const w of workers) await until(async () => /processing \(concurrency/.test(w.output()), 900_000, 'worker ready', children);
    await until(
      async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.ok === true,
      900_000,
      'api ready',
      children,
    );
    const redisUrl = base.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const before = {
      api: api.statements(),
      apiCpu: api.cpuMs(),
      workers: workers.map((w) => ({ statements: w.statements(), cpuMs: w.cpuMs() })),
    };
    const redisBefore = await redisCommands(redisUrl);
    if (opts.statements) await ds.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()');
    serverCpu = new ServerCpuTracker(dbName, observerPids);
    await serverCpu.start();

    log(`ingesting ${opts.bulletins} bulletins`);
    const items = [...bulletinItems(opts.bulletins)];
    const batches: Array<Record<string, unknown>[]> = [];
    for (let i = 0; i < items.length; i += opts.batch) batches.push(items.slice(i, i + opts.batch));
    const t0 = Date.now();
    let next = 0;
    const post = async () => {
      while (next < batches.length) {
        await postBulletins(port, apiKey, batches[next++]);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, post));
    const tIngested = Date.now();

    log('waiting until every bulletin is recorded');
    const count = async (sql: string) => (await ds.query<Array<{ n: number }>>(sql))[0].n;
    const [{ n: toMatch }] = await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM bulletins WHERE canonical_id IS NULL`);
    const tRecorded = await until(
      async () => (await count(`SELECT count(*)::int AS n FROM bulletin_match_state WHERE matched_at IS NOT NULL`)) >= toMatch,
      3_600_000,
      'every bulletin recorded',
      children,
      DATABASE_POLL_MS,
    );
    log('waiting until every instant email is accepted');
    const tSent = await until(
      async () =>
        (await count(
          `SELECT (EXISTS (SELECT 1 FROM deliveries WHERE kind = 'instant' AND status IN ('pending', 'sending', 'held'))
                OR EXISTS (SELECT 1 FROM notifications WHERE frequency = 'instant' AND status = 'pending'))::int AS n`,
        )) === 0,
      3_600_000,
      'every instant email accepted',
      children,
      DATABASE_POLL_MS,
    );
    const topStatements = opts.statements ? await statementsByTime(ds, dbName, opts.bulletins) : null;
    await sleep(1000); // the counter files catch up
    const servers = await serverCpu.stop();
    // Every worker process counts as one: statements and CPU are summed over them.
    const workerStatements = workers.map((w, i) => w.statements() - before.workers[i].statements);
    const statements = { api: api.statements() - before.api, worker: sum(workerStatements) };
    const redisDuring = (await redisCommands(redisUrl)) - redisBefore;
    // Disk per bulletin, table and indexes, for the capacity model (VACUUM first: dead rows are not history).
    await ds.query('VACUUM ANALYZE');
    const disk = await ds.query<Array<{ table: string; bytes: number }>>(
      // A partitioned table has no storage of its own: its size is its partitions'.
      `SELECT c.relname AS table, (CASE WHEN c.relkind = 'p' THEN (SELECT sum(pg_total_relation_size(t.relid)) FROM pg_partition_tree(c.oid) t)
                 ELSE pg_total_relation_size(c.oid) END)::float8 AS bytes FROM pg_class c
        WHERE c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace
          AND c.relname IN ('bulletins', 'bulletin_bigrams', 'bulletin_match_state', 'bulletin_search_pending', 'matches', 'notifications', 'deliveries')`,
    );
    const workerCpu = workers.map((w, i) => w.cpuMs() - before.workers[i].cpuMs);
    const cpu = { api: api.cpuMs() - before.apiCpu, worker: sum(workerCpu) };
    const perBulletin = (x: number) => Math.round((x / opts.bulletins) * 10) / 10;
    const eachWorker = workers.map((_, i) => ({
      roles: groups[i] ?? 'all',
      statementsPerBulletin: perBulletin(workerStatements[i]),
      cpuMsPerBulletin: perBulletin(workerCpu[i]),
    }));

    const [rows] = await ds.query<
      Array<Record<'bulletins' | 'matches' | 'notifications' | 'instant_notifications' | 'unsent' | 'sent' | 'empty' | 'send_span', number>>
    >(
      `SELECT (SELECT count(*) FROM bulletins)::int AS bulletins,
              (SELECT count(*) FROM matches)::int AS matches,
              (SELECT count(*) FROM notifications)::int AS notifications,
              (SELECT count(*) FROM notifications WHERE frequency = 'instant')::int AS instant_notifications,
              (SELECT count(*) FROM notifications WHERE frequency = 'instant' AND (status <> 'assigned'
                 OR NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.id = notifications.delivery_id AND d.status = 'sent')))::int AS unsent,
              (SELECT count(*) FROM deliveries WHERE kind = 'instant' AND status = 'sent' AND error IS DISTINCT FROM 'nothing to send')::int AS sent,
              (SELECT count(*) FROM deliveries WHERE kind = 'instant' AND error = 'nothing to send')::int AS empty,
              extract(epoch FROM (SELECT max(sent_at) - min(sent_at) FROM deliveries WHERE kind = 'instant' AND status = 'sent'))::float8 AS send_span`,
    );
    const mails = smtp.counts(); // the bulk phase's

    const waitFor = (check: () => Promise<boolean>, what: string) => until(check, 3_600_000, what, children, DATABASE_POLL_MS);
    let steady: SteadyResult | null = null;
    if (opts.steadyRate && opts.steadySeconds) {
      steady = await steadyPhase({
        port,
        apiKey,
        ds,
        smtp,
        rate: opts.steadyRate,
        seconds: opts.steadySeconds,
        windowSeconds: opts.windowSeconds,
        waitFor,
        log,
      });
    }
    let digests: DigestResult | null = null;
    let digestCost: { workerCpuMs: number; postgresCpuMs: number } | null = null;
    let digestStatements: StatementTime[] | null = null;
    if (opts.digests) {
      // The digest phase's own CPU and statements, apart from the bulk phase's.
      if (opts.statements) await ds.query('SELECT pg_stat_statements_reset()');
      const digestCpu = new ServerCpuTracker(dbName, observerPids);
      await digestCpu.start();
      const workerCpuBefore = sum(workers.map((w) => w.cpuMs()));
      try {
        digests = await digestPhase({ ds, smtp, redisUrl: base.REDIS_URL ?? 'redis://127.0.0.1:6379', queuePrefix: prefix, waitFor, log });
      } finally {
        await sleep(1000); // the counter files catch up
        const server = await digestCpu.stop();
        digestCost = { workerCpuMs: sum(workers.map((w) => w.cpuMs())) - workerCpuBefore, postgresCpuMs: server.postgres };
      }
      if (opts.statements) digestStatements = await statementsByTime(ds, dbName, Math.max(1, digests.accepted));
    }
    const perDigest = (x: number | undefined) =>
      digests?.accepted && x !== undefined ? Math.round((x / digests.accepted) * 10) / 10 : null;

    // Over every phase.
    const queue = new Queue(matchQueueName(0), { connection: bullConnection(base.REDIS_URL ?? 'redis://127.0.0.1:6379'), prefix });
    const done = await queue.getJobs(['completed'], 0, -1);
    const retried = done.filter((j) => j.attemptsMade > 1).length;
    await queue.close();

    const secs = (ms: number) => Math.round(ms / 10) / 100;
    finished = true;
    return {
      options: opts,
      figures: {
        ingestSeconds: secs(tIngested - t0),
        ingestPerSecond: Math.round(opts.bulletins / ((tIngested - t0) / 1000)),
        recordedSeconds: secs(tRecorded - t0),
        recordedAfterLastIngestSeconds: secs(tRecorded - tIngested),
        instantSentSeconds: secs(tSent - t0),
        emailsPerSecond: rows.send_span > 0 ? Math.round(rows.sent / rows.send_span) : rows.sent,
        emailKbPerMessage: mails.messages ? Math.round(mails.bytes / mails.messages / 102.4) / 10 : 0,
        workerStatementsPerBulletin: perBulletin(statements.worker),
        apiStatementsPerBulletin: perBulletin(statements.api),
        workerCpuMsPerBulletin: perBulletin(cpu.worker),
        apiCpuMsPerBulletin: perBulletin(cpu.api),
        postgresCpuMsPerBulletin: perBulletin(servers.postgres),
        redisCpuMsPerBulletin: perBulletin(servers.redis),
        totalCpuMsPerBulletin: perBulletin(cpu.api + cpu.worker + servers.postgres + servers.redis),
        matchJobsRetried: retried,
        ingestRetried: ingestRetries.count,
        redisCommandsPerBulletin: perBulletin(redisDuring),
        instantBeyondWindowP50: steady?.beyondWindow?.p50 ?? null,
        instantBeyondWindowP95: steady?.beyondWindow?.p95 ?? null,
        instantBeyondWindowMax: steady?.beyondWindow?.max ?? null,
        digestSeconds: digests?.seconds ?? null,
        digestEmailsPerSecond: digests?.emailsPerSecond ?? null,
        digestWorkerCpuMsPerDigest: perDigest(digestCost?.workerCpuMs),
        digestPostgresCpuMsPerDigest: perDigest(digestCost?.postgresCpuMs),
      },
      counts: {
        bulletins: rows.bulletins,
        matches: rows.matches,
        notifications: rows.notifications,
        instantNotifications: rows.instant_notifications,
        instantDeliveriesSent: rows.sent,
        emptyInstantDeliveries: rows.empty,
        unsentInstantNotifications: rows.unsent,
        emailsReceived: mails.messages,
        steadyBulletins: steady?.bulletins ?? null,
        steadyInstantNotifications: steady?.instantNotifications ?? null,
        steadyEmailsPerSecond: steady && opts.steadySeconds ? Math.round(steady.emails / opts.steadySeconds) : null,
        steadyNotSeenAtSink: steady?.notSeenAtSink ?? null,
        digestsDue: digests?.due ?? null,
        digestsAccepted: digests?.accepted ?? null,
      },
      topStatements,
      digestStatements,
      workers: eachWorker,
      diskBytesPerBulletin: Object.fromEntries(disk.map((d) => [d.table, Math.round(d.bytes / Math.max(1, rows.bulletins))])),
      subscriptions,
      databaseUrl: db.url,
      dropDatabase: opts.keepDatabase ? () => db.drop() : async () => undefined,
    };
  } finally {
    // A profile is written when the process exits on its own: ask it to shut down first.
    if (opts.profileDir) {
      for (const c of children) c.child.kill('SIGTERM');
      await Promise.race([Promise.all(children.map((c) => new Promise((res) => c.child.once('exit', res)))), sleep(15_000)]);
    }
    for (const c of children) c.child.kill('SIGKILL');
    await serverCpu?.close();
    await ds.destroy();
    await smtp.close();
    // The api's and worker's logs stay for a failed run.
    if (finished) rmSync(dir, { recursive: true, force: true });
    else log(`logs kept in ${dir}`);
    const redis = new Redis(base.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
    redis.disconnect();
    if (!opts.keepDatabase) await db.drop();
    await cluster?.close();
  }
}
