// npm run fuzz -- [--runs 200] [--ingest-runs 200] [--seed N] [--route substring]
// The route fuzzer of test/fuzz-routes.e2e-spec.ts, longer: every route of the api (OpenAPI plus
// pages and metrics) driven with hostile paths, queries and bodies, and mixed ingest batches.
// Counts every finding instead of stopping at the first; prints a table per route and writes
// bench/results/fuzz-<ts>.json. Runs against TEST_DATABASE_URL (wiped first) and Redis.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTestApi, resetDatabase, startSmtpTestServer } from '@app/testing';
import { createFuzzContext, fuzzOperations } from '../test/support/fuzz/fuzz-context';
import { fuzzMixedIngest, fuzzRoute, type RouteStats } from '../test/support/fuzz/route-fuzzer';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '200' },
      'ingest-runs': { type: 'string' },
      seed: { type: 'string' },
      route: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const ingestRuns = Number(values['ingest-runs'] ?? runs);
  const seed = Number(values.seed ?? Date.now() % 2 ** 31);
  const smtp = await startSmtpTestServer();
  const api = await createTestApi({ SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '1000000', RATE_LIMIT_INGEST_PER_MINUTE: '1000000' });
  await resetDatabase(api.dataSource);
  const ctx = await createFuzzContext(api);
  const operations = (await fuzzOperations(api)).filter((o) => !values.route || o.id.includes(values.route));
  const started = Date.now();
  const stats: RouteStats[] = [];
  for (const op of operations) {
    stats.push(await fuzzRoute(ctx, op, { numRuns: runs, seed, stopOnFinding: false }));
    process.stderr.write(`\r${stats.length}/${operations.length} routes`);
  }
  process.stderr.write('\n');
  if (!values.route || 'POST /v1/ingest/bulletins'.includes(values.route))
    stats.push(await fuzzMixedIngest(ctx, { numRuns: ingestRuns, seed, stopOnFinding: false }));
  const seconds = Math.round((Date.now() - started) / 1000);

  console.table(
    stats.map((s) => ({ route: s.route, requests: s.requests, '2xx': s.s2xx, '4xx': s.s4xx, '5xx': s.s5xx, findings: s.findings.length })),
  );
  const total = stats.reduce(
    (t, s) => ({
      requests: t.requests + s.requests,
      s2xx: t.s2xx + s.s2xx,
      s4xx: t.s4xx + s.s4xx,
      s5xx: t.s5xx + s.s5xx,
      findings: t.findings + s.findings.length,
    }),
    { requests: 0, s2xx: 0, s4xx: 0, s5xx: 0, findings: 0 },
  );
  console.log(
    `seed ${seed} · ${stats.length} routes · ${total.requests} requests in ${seconds} s · 2xx ${total.s2xx} · 4xx ${total.s4xx} · 5xx ${total.s5xx} · findings ${total.findings}`,
  );
  for (const f of stats.flatMap((s) => s.findings).slice(0, 20))
    console.log(`FINDING ${f.route}: ${f.problem}\n  request  ${f.request}\n  response ${f.response}`);

  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `fuzz-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ seed, runsPerRoute: runs, ingestRuns, seconds, total, routes: stats }, null, 2));
  console.log(`wrote ${file}`);
  await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
  await api.close();
  await smtp.close();
  process.exitCode = total.findings ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
