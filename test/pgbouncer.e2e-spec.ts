import { execFileSync } from 'node:child_process';
import request from 'supertest';
import { testDatabaseUrl } from '@app/config';
import { SourcesService } from '@app/domain/ingest';
import {
  createTestApi,
  createTestWorker,
  insertMember,
  insertSubscription,
  LocalPgBouncer,
  resetDatabase,
  SmtpTestServer,
  startPgBouncer,
  startSmtpTestServer,
  TestApi,
  TestWorker,
} from '@app/testing';

// api + worker with DATABASE_URL through a PgBouncer of the test's own in transaction pooling, with
// fewer server connections than either process's pool: no statement may lean on session state.
describe('behind PgBouncer (pool_mode=transaction)', () => {
  const POOL = 3;
  let bouncer: LocalPgBouncer;
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;

  // PgBouncer's admin console speaks only the simple protocol: psql, rows as CSV with a header.
  const admin = <T>(sql: string): T[] => {
    const [head, ...lines] = execFileSync('psql', [
      '-h',
      '127.0.0.1',
      '-p',
      String(bouncer.port),
      '-U',
      'postgres',
      '-d',
      'pgbouncer',
      '--csv',
      '-c',
      sql,
    ])
      .toString()
      .trim()
      .split('\n');
    const keys = head.split(',');
    return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])) as T);
  };

  beforeAll(async () => {
    bouncer = await startPgBouncer(testDatabaseUrl(), { poolSize: POOL });
    smtp = await startSmtpTestServer();
    // Debian's PgBouncer (1.18) cannot carry named prepared statements across server connections.
    api = await createTestApi({
      DATABASE_URL: bouncer.url,
      DATABASE_PREPARED_STATEMENTS: 'false',
      SMTP_URL: smtp.url,
      INSTANT_WINDOW_SECONDS: '1',
      SWEEP_INTERVAL_MS: '600000',
    });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
  }, 60000);
  afterAll(async () => {
    await worker?.close();
    if (api) await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api?.close();
    await smtp?.close();
    await bouncer?.close();
  });

  it('ingests, matches and delivers with every statement through the pooler', async () => {
    const config = admin<{ key: string; value: string }>('SHOW CONFIG');
    expect(config.find((r) => r.key === 'pool_mode')?.value).toBe('transaction');

    const members = await Promise.all(['a', 'b', 'c'].map((m) => insertMember(api.dataSource, { email: `${m}@bouncer.test` })));
    for (const m of members) await insertSubscription(api.dataSource, m.id, { name: '道路', keywords: ['道路'] });
    const { apiKey } = await api.app.get(SourcesService).create('bouncer-source');

    // Concurrent batches of one project: the ingest's transaction-scoped advisory locks meet in the pooler.
    const items = (n: number) =>
      Array.from({ length: 5 }, (_, i) => ({
        sourceId: `b-${n}-${i}`,
        title: `渝中区道路改造工程（${n}-${i}标段）施工招标公告`,
        body: '项目编号：CQ-BOUNCER-1。本项目为城市道路改造。',
        regionText: '重庆-渝中-',
        buyer: '重庆市渝中区住房和城乡建设委员会',
      }));
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        request(api.url)
          .post('/v1/ingest/bulletins')
          .set('x-api-key', apiKey)
          .send({ items: items(n) })
          .expect(200),
      ),
    );
    expect(results.flatMap((r) => r.body.results.map((x: { status: string }) => x.status))).toEqual(Array(15).fill('created'));

    const mails = await smtp.waitForMessages(3, 60000);
    expect(mails.map((m) => m.envelope.to[0]).sort()).toEqual(['a@bouncer.test', 'b@bouncer.test', 'c@bouncer.test']);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM matches`);
    expect(n).toBe(45);
    await request(api.url).get('/health').expect(200);

    // The traffic really went through the pooler, multiplexed onto at most POOL server connections.
    const stats = admin<{ database: string; total_xact_count: string }>('SHOW STATS');
    const db = new URL(bouncer.url).pathname.slice(1);
    expect(Number(stats.find((s) => s.database === db)?.total_xact_count)).toBeGreaterThan(100);
    const servers = admin<{ database: string }>('SHOW SERVERS');
    expect(servers.filter((s) => s.database === db).length).toBeLessThanOrEqual(POOL);
  }, 120000);
});
