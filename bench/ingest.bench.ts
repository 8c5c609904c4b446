// Ingest throughput: batches of bulletins posted to the real API over HTTP, against
// Postgres and Redis, and the same rows through its parts, to show where the time goes:
//   http      POST /v1/ingest/bulletins (auth, rate limit, JSON, validation, parsing, dedupe, enqueue)
//   service   BulletinIngestService.ingest + dispatchMatches in process (the API minus HTTP)
//   parse     validateBulletinInput + bulletinFields alone (CPU, no database)
//   insert    one plain multi-row INSERT of the same rows into bulletins, nothing parsed
//   bare      the same INSERT into a copy of the table without indexes (the floor; the gap to
//             insert is what the indexes cost, the bigram GIN index for preview above all)
// Methods take turns batch by batch, so table growth weighs on each alike.
// Run: npm run bench:ingest -- [--batches 10] [--size 1000] [--data path/to/bulletins.jsonl]…
// Data: --data (repeatable: one file per --data), else the labelled bulletins in ../shared/data/*.jsonl when that folder is beside
// the checkout, else the demo feed (bulletins this project writes itself).
// Works in a database of its own (created, migrated, dropped), and writes bench/results/ingest-<ts>.json.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bulletinFields, validateBulletinInput } from '@app/domain';
import { BulletinIngestService, SourcesService } from '@app/domain/ingest';
import { createTestApi, type TestApi } from '@app/testing';
import { demoFeed } from '../apps/cli/src/demo-feed/demo-feed';
import { toIngestItem } from '../apps/cli/src/records/bulletin-record';
import { sharedDataFiles } from '../scripts/shared-data';
import { scratchDatabase } from './scratch-database';

const METHODS = ['http', 'service', 'parse', 'insert', 'bare'] as const;
type Method = (typeof METHODS)[number];
type Item = Record<string, unknown> & { sourceId: string; title: string };

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function options() {
  const { values } = parseArgs({
    options: {
      batches: { type: 'string', default: '10' },
      size: { type: 'string', default: '1000' },
      data: { type: 'string', multiple: true },
    },
  });
  return {
    batches: Number(values.batches),
    size: Number(values.size),
    data: values.data?.length ? values.data.map((f) => resolve(f)) : sharedDataFiles(),
  };
}

/** Bulletins as a crawler would send them (camelCase), those with a title only. */
function loadTemplates(files: string[]): { items: Item[]; from: string } {
  if (!files.length) {
    const items = demoFeed().map(({ expected: _expected, ...b }) => b as unknown as Item);
    return { items, from: 'the demo feed (no ../shared/data beside this checkout)' };
  }
  const items = files.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => toIngestItem(JSON.parse(l) as Record<string, unknown>).item as Item)
      .filter((i) => typeof i.title === 'string'),
  );
  return { items, from: files.join(', ') };
}

/**
 * Batch `n` for one method: the loaded bulletins in turn, each with a source id of its own and a lot
 * number in the title — a feed's notices differ, so their cross-source dedupe keys differ too.
 */
function batchOf(templates: Item[], method: Method, n: number, size: number): Item[] {
  return Array.from({ length: size }, (_, j) => {
    const seq = n * size + j;
    const t = templates[seq % templates.length];
    return { ...t, sourceId: `${method}-${n}-${j}`, title: `${t.title}（第${seq}包）` };
  });
}

const INSERT_COLUMNS = ['source_id', 'source_ref', 'url', 'title', 'body', 'title_match', 'body_match', 'category', 'content_hash'];

/** The floor: the rows as sent, in one statement; no validation, parsing, normalising or dedupe. */
function plainInsert(api: TestApi, table: string, sourceId: string, items: Item[]) {
  const params: unknown[] = [];
  const rows = items.map((i) => {
    const values = [sourceId, i.sourceId, i.url ?? null, i.title, i.body ?? '', i.title, i.body ?? '', i.category ?? 'other', 'bench'];
    return `(${values.map((v) => `$${params.push(v)}`).join(', ')})`;
  });
  return api.dataSource.query(`INSERT INTO ${table} (${INSERT_COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`, params);
}

async function main(): Promise<void> {
  const opts = options();
  const { items: templates, from } = loadTemplates(opts.data);
  console.log(`bulletins from ${from}`);
  const db = await scratchDatabase('tenders_bench');
  let api: TestApi | null = null;
  try {
    // The rate limit is per source per minute; a benchmark source sends far more than a crawler.
    api = await createTestApi({ DATABASE_URL: db.url, RATE_LIMIT_INGEST_PER_MINUTE: '1000000' });
    const { url, jobs } = api;
    const sources = api.app.get(SourcesService);
    const ingest = api.app.get(BulletinIngestService);
    const { apiKey } = await sources.create('bench-http');
    const serviceSource = await sources.ensure('bench-service');
    const insertSource = await sources.ensure('bench-insert');
    // Columns, defaults and checks, no indexes (dropped with the database).
    await api.dataSource.query(`CREATE TABLE bench_bulletins_bare (LIKE bulletins INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);

    const run: Record<Method, (items: Item[]) => Promise<void>> = {
      http: async (items) => {
        const body = JSON.stringify({ items });
        const res = await fetch(`${url}/v1/ingest/bulletins`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
          body,
        });
        if (res.status !== 200) throw new Error(`POST ${res.status}: ${(await res.text()).slice(0, 300)}`);
        const { counts } = (await res.json()) as { counts: Record<string, number> };
        if (counts.created !== items.length) throw new Error(`expected ${items.length} created, got ${JSON.stringify(counts)}`);
      },
      service: async (items) => {
        const outcome = await ingest.ingest(serviceSource.id, items);
        await jobs.dispatchMatches(outcome.toMatch);
      },
      parse: async (items) => {
        for (const raw of items) {
          const v = validateBulletinInput(raw);
          if (v.ok) bulletinFields(v.value);
        }
      },
      insert: async (items) => void (await plainInsert(api!, 'bulletins', insertSource.id, items)),
      bare: async (items) => void (await plainInsert(api!, 'bench_bulletins_bare', insertSource.id, items)),
    };
    // The body is serialised outside the timing for http too: a client has it ready.
    const timings: Record<Method, number[]> = { http: [], service: [], parse: [], insert: [], bare: [] };
    // The machine may be shared: the load before and after goes into the results.
    const load = { before: loadavg()[0], after: 0 };
    const batchBytes: number[] = [];
    // One warm-up batch each (JIT, connection pools), not counted.
    for (const m of METHODS) await run[m](batchOf(templates, m, opts.batches, opts.size));
    for (let n = 0; n < opts.batches; n++) {
      for (const m of METHODS) {
        const items = batchOf(templates, m, n, opts.size);
        if (m === 'http') batchBytes.push(Buffer.byteLength(JSON.stringify({ items })));
        const start = performance.now();
        await run[m](items);
        timings[m].push(performance.now() - start);
      }
      process.stderr.write(`\rbatch ${n + 1}/${opts.batches}`);
    }
    process.stderr.write('\n');
    load.after = loadavg()[0];

    const rows = METHODS.map((m) => ({
      method: m,
      batches: timings[m].length,
      bulletinsPerSec: Math.round(median(timings[m].map((ms) => opts.size / (ms / 1000)))),
      p50BatchMs: Math.round(median(timings[m])),
      p95BatchMs: Math.round(quantile(timings[m], 0.95)),
    }));
    const batchMb = Math.round((median(batchBytes) / 2 ** 20) * 10) / 10;
    console.log(
      `\n${opts.batches} batches of ${opts.size} bulletins (${templates.length} templates from ${from}, ~${batchMb} MB of JSON a batch), Node ${process.version}, load ${load.before.toFixed(1)} → ${load.after.toFixed(1)}`,
    );
    console.table(
      rows.map((r) => ({
        method: r.method,
        'bulletins/s (median)': r.bulletinsPerSec,
        'p50 batch ms': r.p50BatchMs,
        'p95 batch ms': r.p95BatchMs,
      })),
    );
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `ingest-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        { node: process.version, options: { ...opts, data: from }, templates: templates.length, batchMb, load, rows, timingsMs: timings },
        null,
        2,
      ),
    );
    console.log(`written ${file}`);
  } finally {
    if (api) {
      await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
      await api.close();
    }
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
