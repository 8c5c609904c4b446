import { createTestApi, resetDatabase, startSmtpTestServer, type SmtpTestServer, type TestApi } from '@app/testing';
import { createFuzzContext, fuzzOperations } from './support/fuzz/fuzz-context';
import type { FuzzOperation } from './support/fuzz/openapi-operations';
import { fuzzMixedIngest, fuzzRoute, type FuzzContext, type RouteStats } from './support/fuzz/route-fuzzer';

// A bounded run for every `npm test`; `npm run fuzz -- --runs N` drives the same code for longer.
const RUNS_PER_ROUTE = 12;
const INGEST_RUNS = 25;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

describe(`fuzzing every route with hostile input (seed ${seed})`, () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let ctx: FuzzContext;
  let operations: FuzzOperation[];

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({ SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '100000', RATE_LIMIT_INGEST_PER_MINUTE: '100000' });
    await resetDatabase(api.dataSource);
    ctx = await createFuzzContext(api);
    operations = await fuzzOperations(api);
  });
  afterAll(async () => {
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await smtp.close();
  });

  it('knows every route, the ones outside the OpenAPI document included', () => {
    const ids = operations.map((o) => o.id);
    expect(ids.length).toBeGreaterThan(60);
    expect(ids).toEqual(
      expect.arrayContaining([
        'POST /v1/ingest/bulletins',
        'POST /v1/auth/login',
        'PATCH /v1/me',
        'GET /v1/admin/bulletins',
        'GET /u/{token}',
        'POST /u/{token}',
      ]),
    );
  });

  it('answers no 5xx, and every 4xx in the one error shape', async () => {
    const stats: RouteStats[] = [];
    for (const op of operations) stats.push(await fuzzRoute(ctx, op, { numRuns: RUNS_PER_ROUTE, seed, stopOnFinding: true }));
    const findings = stats.flatMap((s) => s.findings);
    expect(findings).toEqual([]);
    expect(stats.reduce((n, s) => n + s.requests, 0)).toBeGreaterThanOrEqual(operations.length * RUNS_PER_ROUTE);
    // Generated requests get past validation too, not only into it.
    expect(stats.filter((s) => s.s2xx > 0).length).toBeGreaterThan(10);
  }, 120_000);

  it('stores every valid item of batches mixed with hostile ones', async () => {
    const stats = await fuzzMixedIngest(ctx, { numRuns: INGEST_RUNS, seed, stopOnFinding: true });
    expect(stats.findings).toEqual([]);
    expect(stats.s2xx).toBe(stats.requests);
  }, 60_000);
});
