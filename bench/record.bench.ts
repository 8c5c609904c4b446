// Recording one bulletin's matches: matches, notifications, instant deliveries and the bulletin's
// matched state, as the match job writes them, for a bulletin that matches every member.
//   statements  SQL statements sent to Postgres for one bulletin (BEGIN and COMMIT included),
//               counted by a TypeORM logger on the data source
//   ms          wall time of recording one bulletin (median over the bulletins after the first)
// The first bulletin opens every member's instant delivery; later ones join the open ones.
//   jobs at once  with --jobs N: N match jobs recording --per-job bulletins each, all matching the
//               same members at once; bulletins recorded per second (how much they wait on each other)
// Run: npm run bench:record -- [--members 5000] [--bulletins 6] [--jobs 4 --per-job 20]
// Works in a database of its own (created, migrated, dropped); writes bench/results/record-<ts>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource, type Logger } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { ApiKey, Source } from '@app/domain';
import { BulletinIngestService, SourcesService } from '@app/domain/ingest';
import { ProjectLinker, ProjectSummaries } from '@app/domain/projects';
import { DeliveryLedger, MatchRecorder } from '@app/domain/worker';
import { scratchDatabase } from './scratch-database';

const REPO_ROOT = resolve(__dirname, '..');

/** Counts every statement TypeORM sends (queries, BEGIN, COMMIT). */
class CountingLogger implements Logger {
  count = 0;
  /** Milliseconds per statement of the last bulletin, by the statement's first words. */
  times = new Map<string, number>();
  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(time: number, query: string): void {
    const key = query.replace(/\s+/g, ' ').trim().slice(0, 60);
    this.times.set(key, (this.times.get(key) ?? 0) + time);
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      members: { type: 'string', default: '5000' },
      bulletins: { type: 'string', default: '6' },
      jobs: { type: 'string', default: '0' },
      'per-job': { type: 'string', default: '20' },
    },
  });
  const members = Number(values.members);
  const bulletins = Math.max(2, Number(values.bulletins));
  const jobs = Number(values.jobs);
  const perJob = Number(values['per-job']);
  const db = await scratchDatabase('tenders_bench_record');
  const logger = new CountingLogger();
  const config = loadConfig(testEnvironment({ DATABASE_URL: db.url, INSTANT_WINDOW_SECONDS: '600' }));
  const ds = await new DataSource(dataSourceOptions(config, { logger, logging: ['query'], maxQueryExecutionTime: 1e-9 })).initialize();
  try {
    // Members with one instant email subscription each, written set-wise (the set-up is not measured).
    const subs: Array<{ subscription_id: string; member_id: string }> = await ds.query(
      `WITH m AS (
         INSERT INTO members (email, password_hash, email_verified_at, consent_at)
         SELECT 'bench-' || i || '@example.test', 'x', now(), now() FROM generate_series(1, $1) AS i RETURNING id)
       INSERT INTO subscriptions (member_id, name, keywords, exclude_words, regions, categories, channels, frequency)
       SELECT id, '道路', ARRAY['道路'], '{}', '{}', '{}', ARRAY['email'], 'instant' FROM m
       RETURNING id AS subscription_id, member_id`,
      [members],
    );
    const { source } = await new SourcesService(ds.getRepository(Source), ds.getRepository(ApiKey)).create('bench-record');
    const ingest = new BulletinIngestService(ds, new ProjectLinker(new ProjectSummaries()));
    const recorder = new MatchRecorder(ds);
    const ledger = new DeliveryLedger(config);
    // Every bulletin matches every member the same way, as the match job hands the ledger its results.
    const results = subs.map((s) => ({
      subscriptionId: s.subscription_id,
      memberId: s.member_id,
      hits: ['道路'],
      frequency: 'instant' as const,
      channels: ['email' as const],
    }));
    const recordOne = (b: { id: string; version: number }) =>
      recorder.record(b, 0, 1, results, async (em) => void (await ledger.recordMatches(em, b.id, results)));
    const runs: Array<{ statements: number; ms: number }> = [];
    for (let n = 0; n < bulletins; n++) {
      const { toMatch } = await ingest.ingest(source.id, [
        { sourceId: `r-${n}`, title: `渝中区道路改造工程第${n}标段施工招标公告`, regionText: '重庆-渝中-' },
      ]);
      const b = toMatch[0];
      logger.count = 0;
      logger.times.clear();
      const t0 = process.hrtime.bigint();
      await recordOne(b);
      runs.push({ statements: logger.count, ms: Number(process.hrtime.bigint() - t0) / 1e6 });
    }
    // Several match jobs at once, each a stream of bulletins matching every member: how much the
    // jobs wait for each other on the members' open windows shows as bulletins recorded per second.
    let concurrent: { jobs: number; bulletins: number; seconds: number; perSecond: number } | null = null;
    if (jobs > 0) {
      const streams = await Promise.all(
        Array.from(
          { length: jobs },
          async (_, j) =>
            (
              await ingest.ingest(
                source.id,
                Array.from({ length: perJob }, (_, k) => ({
                  sourceId: `c-${j}-${k}`,
                  title: `渝中区道路改造工程第${j}-${k}标段施工招标公告`,
                  regionText: '重庆-渝中-',
                })),
              )
            ).toMatch,
        ),
      );
      const t0 = process.hrtime.bigint();
      await Promise.all(
        streams.map(async (stream) => {
          for (const b of stream) await recordOne(b);
        }),
      );
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const total = streams.reduce((n, st) => n + st.length, 0);
      concurrent = { jobs, bulletins: total, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round((total / seconds) * 10) / 10 };
    }
    const [counts] = await ds.query<Array<{ matches: number; notifications: number; deliveries: number }>>(
      `SELECT (SELECT count(*) FROM matches)::int AS matches, (SELECT count(*) FROM notifications)::int AS notifications,
              (SELECT count(*) FROM deliveries)::int AS deliveries`,
    );
    const later = runs
      .slice(1)
      .map((r) => r.ms)
      .sort((a, b) => a - b);
    const result = {
      members,
      bulletins,
      first: runs[0],
      laterMedianMs: later[Math.floor(later.length / 2)],
      laterStatements: runs.slice(1).map((r) => r.statements),
      rows: counts,
      runs,
      concurrent,
    };
    console.table([
      { bulletin: 'first (opens deliveries)', statements: runs[0].statements, ms: Math.round(runs[0].ms) },
      { bulletin: 'later (median)', statements: runs[1].statements, ms: Math.round(result.laterMedianMs) },
    ]);
    if (concurrent)
      console.table([
        {
          'jobs at once': concurrent.jobs,
          bulletins: concurrent.bulletins,
          seconds: concurrent.seconds,
          'bulletins/s': concurrent.perSecond,
        },
      ]);
    console.log(`rows: ${JSON.stringify(counts)}`);
    console.log('last bulletin, ms by statement:');
    for (const [q, ms] of logger.times) console.log(`  ${String(ms).padStart(6)}  ${q}`);
    mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
    const file = join(REPO_ROOT, `bench/results/record-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2));
    console.log(`written ${file}`);
  } finally {
    await ds.destroy();
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
