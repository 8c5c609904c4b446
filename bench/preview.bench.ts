// Subscription preview latency over 100k stored bulletins (p50/p95/p99), with the bigram index and,
// on a sample, without it (plain substring scans) for comparison. The worker fills the index after
// ingest (bulletin_bigrams); here the backlog is indexed first (timed: what the worker spends), then
// previews run with --pending N of the newest bulletins put back on the pending list, as while the
// index lags a burst of ingest (0: fully indexed).
// Run: npm run bench:preview -- [--db postgres://…/tenders_bench] [--bulletins 100k] [--drafts 300] [--baseline 40] [--pending 0]
// The database is created, migrated and seeded on first use (seeding 100k takes a few minutes), then reused.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@app/database';
import { cleanFilter, DomainError, FILTER_DEFAULTS, Subscription, type SubscriptionFilter } from '@app/domain';
import { SubscriptionPreviewService, SubscriptionsRepository } from '@app/domain/members';
import { SearchIndexer } from '@app/domain/worker';
import type { MatchSubscription } from '@app/matcher';
import { buildTermPool, regionPool, rng, uuid, Workload } from './match-workload';

const SOURCE = 'bench-preview';
const DAY = 86_400_000;
// The workload's kinds of notice, in our schema's names.
const CATEGORY = (c: string) => ({ correction: 'change', intention: 'intent' })[c] ?? c;

interface Options {
  db: string;
  bulletins: number;
  drafts: number;
  baseline: number;
  windows: number[];
  pending: number;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = (s: string) => Math.round(parseFloat(s) * (/m$/i.test(s) ? 1e6 : /k$/i.test(s) ? 1e3 : 1));
  return {
    db: value('db') ?? 'postgres://postgres@127.0.0.1:5432/tenders_bench',
    bulletins: size(value('bulletins') ?? '100k'),
    drafts: Number(value('drafts') ?? 300),
    baseline: Number(value('baseline') ?? 40),
    windows: (value('days') ?? '30,90').split(',').map(Number),
    pending: Number(value('pending') ?? 0),
  };
}

async function ensureDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = await new DataSource({
    type: 'postgres',
    url: Object.assign(new URL(url), { pathname: '/postgres' }).toString(),
  }).initialize();
  try {
    const rows = await admin.query<unknown[]>('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rows.length) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await admin.destroy();
  }
}

/** Bulletins as the matcher bench makes them (~40-char title, 3,000-char body), published over the last 85 days. */
async function seed(ds: DataSource, target: number): Promise<number> {
  const [{ id: sourceId }] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO sources (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`,
    [SOURCE],
  );
  const [{ n }] = await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM bulletins WHERE source_id = $1`, [sourceId]);
  if (n >= target) return n;
  const workload = new Workload(buildTermPool(20_000), regionPool());
  const r = rng(1000 + n);
  const batch = 500;
  const started = Date.now();
  const insertBatch = async (count: number) => {
    const cols: unknown[][] = Array.from({ length: 11 }, () => []);
    for (let i = 0; i < count; i++) {
      const b = workload.bulletin(r);
      const published = new Date(Date.now() - r() * 85 * DAY);
      [
        randomUUID(),
        b.titleMatch,
        b.bodyMatch,
        b.titleMatch,
        b.bodyMatch,
        CATEGORY(b.category),
        b.regionCode,
        published,
        new Date(published.getTime() + 3_600_000),
        b.budgetYuan,
        createHash('sha256').update(b.bodyMatch).digest('hex'),
      ].forEach((v, c) => cols[c].push(v));
    }
    await ds.query(
      `INSERT INTO bulletins (source_id, source_ref, title, body, title_match, body_match, category, region_code, published_at, ingested_at, budget_yuan, content_hash)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::numeric[], $12::text[])`,
      [sourceId, ...cols],
    );
  };
  let done = n;
  // Two batches in flight.
  while (done < target) {
    const sizes = [Math.min(batch, target - done), Math.min(batch, Math.max(0, target - done - batch))].filter((s) => s > 0);
    await Promise.all(sizes.map(insertBatch));
    done += sizes.reduce((a, b) => a + b, 0);
    const rate = (done - n) / ((Date.now() - started) / 1000);
    process.stderr.write(`\rseeding ${done}/${target} bulletins (${Math.round(rate)}/s, ~${Math.round((target - done) / rate)} s left)   `);
  }
  process.stderr.write('\n');
  await ds.query('VACUUM ANALYZE bulletins');
  return done;
}

/** What the worker does after ingest, all at once: every pending bulletin into the bigram index. */
async function fillSearchIndex(ds: DataSource): Promise<{ bulletins: number; seconds: number; perSecond: number }> {
  const indexer = new SearchIndexer(ds);
  const started = Date.now();
  let bulletins = 0;
  for (;;) {
    const n = await indexer.indexPending(60_000);
    bulletins += n;
    if (n === 0) break;
    process.stderr.write(`\rindexing ${bulletins} bulletins (${Math.round(bulletins / ((Date.now() - started) / 1000))}/s)   `);
  }
  const seconds = (Date.now() - started) / 1000;
  if (bulletins) process.stderr.write('\n');
  await ds.query('VACUUM ANALYZE bulletin_bigrams');
  await ds.query('VACUUM ANALYZE bulletin_search_pending');
  return { bulletins, seconds: Math.round(seconds * 10) / 10, perSecond: seconds > 0 ? Math.round(bulletins / seconds) : 0 };
}

/** Filters as members write them (the matcher bench's subscription generator). */
function drafts(count: number): Array<{ filter: SubscriptionFilter; kind: string }> {
  const workload = new Workload(buildTermPool(20_000), regionPool());
  const r = rng(4242);
  const out: Array<{ filter: SubscriptionFilter; kind: string }> = [];
  while (out.length < count) {
    const s: MatchSubscription = workload.subscription(r, uuid(r));
    try {
      const filter = cleanFilter({
        ...FILTER_DEFAULTS,
        ...s,
        categories: s.categories.map(CATEGORY),
        requireBudget: s.requireBudget ?? false,
      });
      const kind = [
        filter.regions.length ? 'regional' : 'nationwide',
        filter.scope,
        filter.keywords.length ? 'keywords' : 'no keywords',
      ].join(' · ');
      out.push({ filter, kind });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e; // e.g. a region the division data does not know
    }
  }
  return out;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const stats = (xs: number[]) => ({
  n: xs.length,
  p50: +pct(xs, 50).toFixed(1),
  p90: +pct(xs, 90).toFixed(1),
  p95: +pct(xs, 95).toFixed(1),
  p99: +pct(xs, 99).toFixed(1),
  max: +Math.max(...xs).toFixed(1),
  mean: +(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1),
});

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  await ensureDatabase(options.db);
  const ds = await new DataSource(dataSourceOptions({ database: { url: options.db, poolSize: 4 } }, { logging: false })).initialize();
  try {
    await runMigrations(ds);
    const stored = await seed(ds, options.bulletins);
    const indexing = await fillSearchIndex(ds);
    if (options.pending > 0) {
      await ds.query(
        `INSERT INTO bulletin_search_pending (bulletin_id) SELECT id FROM bulletins ORDER BY ingested_at DESC LIMIT $1 ON CONFLICT DO NOTHING`,
        [options.pending],
      );
    }
    const [{ pending }] = await ds.query<Array<{ pending: number }>>(`SELECT count(*)::int AS pending FROM bulletin_search_pending`);
    const preview = new SubscriptionPreviewService(ds, new SubscriptionsRepository(ds.getRepository(Subscription)));
    const list = drafts(options.drafts);
    const results: Record<string, unknown> = {};
    const rows: Array<Record<string, unknown>> = [];

    for (const days of options.windows) {
      const [{ n: inWindow }] = await ds.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM bulletins WHERE COALESCE(published_at, ingested_at) >= now() - make_interval(days => $1) AND canonical_id IS NULL AND withdrawn_at IS NULL`,
        [days],
      );
      for (const d of list.slice(0, 10)) await preview.run(d.filter, days); // warm caches and the JIT
      const timings: Array<{ ms: number; kind: string; total: number; filter: SubscriptionFilter }> = [];
      let timeouts = 0;
      // A preview over the statement timeout answers 422 preview_too_broad: counted, and timed as it ran.
      const timed = async (fn: () => Promise<{ total: number }>) => {
        const t = performance.now();
        const total = await fn().then(
          (r) => r.total,
          (e) => {
            if (!(e instanceof DomainError) || e.code !== 'preview_too_broad') throw e;
            timeouts++;
            return -1;
          },
        );
        return { ms: performance.now() - t, total };
      };
      for (const d of list) timings.push({ ...(await timed(() => preview.run(d.filter, days))), kind: d.kind, filter: d.filter });
      const indexedTimeouts = timeouts;
      const base: number[] = [];
      for (const d of list.slice(0, options.baseline))
        base.push((await timed(() => preview.run(d.filter, days, { useBigrams: false }))).ms);
      const baselineTimeouts = timeouts - indexedTimeouts;
      const indexedSample = timings.slice(0, options.baseline).map((x) => x.ms);
      const kinds = [...new Set(timings.map((t) => t.kind))].sort();
      rows.push({
        window: `${days} d (${inWindow} bulletins)`,
        drafts: 'all',
        ...stats(timings.map((t) => t.ms)),
        timeouts: indexedTimeouts,
      });
      for (const kind of kinds)
        rows.push({ window: `${days} d`, drafts: kind, ...stats(timings.filter((t) => t.kind === kind).map((t) => t.ms)) });
      rows.push({ window: `${days} d`, drafts: `first ${options.baseline}, bigram index`, ...stats(indexedSample) });
      rows.push({
        window: `${days} d`,
        drafts: `first ${options.baseline}, substring scan only`,
        ...stats(base),
        timeouts: baselineTimeouts,
      });
      results[`days${days}`] = {
        inWindow,
        overall: { ...stats(timings.map((t) => t.ms)), timeouts: indexedTimeouts },
        byKind: Object.fromEntries(kinds.map((k) => [k, stats(timings.filter((t) => t.kind === k).map((t) => t.ms))])),
        baseline: { indexed: stats(indexedSample), scanOnly: { ...stats(base), timeouts: baselineTimeouts } },
        avgTotal: Math.round(timings.reduce((a, t) => a + t.total, 0) / timings.length),
        slowest: [...timings]
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 5)
          .map((t) => ({ ms: +t.ms.toFixed(1), total: t.total, filter: t.filter })),
      };
    }
    const [{ version }] = await ds.query<Array<{ version: string }>>('SELECT version()');
    const [{ size }] = await ds.query<Array<{ size: string }>>(
      `SELECT pg_size_pretty(pg_relation_size('ix_bulletin_bigrams_grams')) AS size`,
    );
    if (indexing.bulletins)
      console.log(`search index filled: ${indexing.bulletins} bulletins in ${indexing.seconds} s (${indexing.perSecond}/s)`);
    console.log(
      `\nPreview latency, ms per request (SQL + matcher on the page), ${stored} stored bulletins (${pending} with bigrams pending), ${list.length} drafts, sequential; ${cpus().length} cores, Node ${process.version}; bigram index ${size}; load ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    console.table(rows);
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `preview-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        {
          node: process.version,
          postgres: version,
          cores: cpus().length,
          bulletins: stored,
          pending,
          indexing,
          loadavg: loadavg(),
          drafts: list.length,
          indexSize: size,
          options: { ...options, db: undefined },
          results,
        },
        null,
        2,
      ),
    );
    console.log(`written ${file}`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
