// Matching throughput at 10k / 100k / 1M subscriptions against the naive baseline.
// Run: npx ts-node -T -r tsconfig-paths/register bench/match.bench.ts [--sizes 10k,100k,1m]
//   [--bulletins 200] [--runs 7] [--naive <bulletins timed for the naive loop>] [--terms 600k]
// Writes bench/results/match-<timestamp>.json. 1M needs ~1 GB and ~40 s; run it alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SingleBar, Presets } from 'cli-progress';
import { LiveMatcher, naiveMatch, type MatchBulletin, type MatchResult, type MatchStats, type MatchSubscription } from '@app/matcher';
import { buildTermPool, regionPool, rng, uuid, Workload } from './match-workload';

interface Options {
  sizes: number[];
  bulletins: number;
  runs: number;
  naive: number | null;
  poolSize: number;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = (s: string) => Math.round(parseFloat(s) * (/m$/i.test(s) ? 1e6 : /k$/i.test(s) ? 1e3 : 1));
  return {
    sizes: (value('sizes') ?? '10k,100k').split(',').map(size),
    bulletins: Number(value('bulletins') ?? 200),
    runs: Number(value('runs') ?? 7),
    naive: value('naive') === undefined ? null : Number(value('naive')),
    poolSize: size(value('terms') ?? '600k'),
  };
}

// A full GC before reading memory, without needing --expose-gc on the command line.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
// Typed arrays live outside the JS heap (arrayBuffers), so count both for the index's size.
const heapAndBuffers = (m: NodeJS.MemoryUsage) => m.heapUsed + m.arrayBuffers;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function progressBar(label: string): SingleBar {
  return new SingleBar(
    { format: `${label} {phase} [{bar}] {percentage}% {value}/{total}`, stream: process.stderr },
    Presets.shades_classic,
  );
}

/** Subscriptions one at a time, as a database cursor would deliver them. */
function* stream(workload: Workload, size: number): Generator<MatchSubscription> {
  const r = rng(size);
  for (let i = 0; i < size; i++) yield workload.subscription(r, uuid(r));
}

/**
 * Wall and CPU milliseconds of `fn`. The machine is shared: CPU time is what one core spends,
 * unaffected by other processes taking turns on it (GC helper threads count too: conservative).
 */
function timed<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Builds from a stream, so the heap never holds a million input objects (a worker pages through
 * Postgres the same way). Generating costs time too: it is timed alone and subtracted.
 */
function build(workload: Workload, size: number) {
  const generation = timed(() => {
    for (const _ of stream(workload, size));
  });
  const bar = progressBar(`${size} subs`);
  bar.start(size, 0, { phase: 'parse' });
  const built = timed(
    () =>
      new LiveMatcher(stream(workload, size), {
        expectedSize: size,
        onProgress: (phase, done, total) => {
          bar.setTotal(total);
          bar.update(done, { phase });
        },
      }),
  );
  bar.stop();
  return {
    live: built.value,
    wallMs: built.wallMs - generation.wallMs,
    cpuMs: built.cpuMs - generation.cpuMs,
    generateMs: generation.wallMs,
  };
}

/** Bulletins per second on one core (CPU time; wall time alongside): medians of several passes. */
function throughput(match: (b: MatchBulletin) => unknown, bulletins: MatchBulletin[], runs: number) {
  for (let warm = 0; warm < 2; warm++) for (const b of bulletins) match(b);
  // Start without a marking cycle in flight: its barriers and helper threads skewed runs 2×.
  gc();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let run = 0; run < runs; run++) {
    const t = timed(() => {
      for (const b of bulletins) match(b);
    });
    cpu.push(bulletins.length / (t.cpuMs / 1000));
    wall.push(bulletins.length / (t.wallMs / 1000));
  }
  return { cpu: median(cpu), wall: median(wall) };
}

/**
 * The naive loop over all subscriptions, timed on a sample of bulletins (it is slow at 1M), and
 * checked against the index on that sample. Also returns some ids to remove later.
 */
function naiveBaseline(
  workload: Workload,
  size: number,
  bulletins: MatchBulletin[],
  match: (b: MatchBulletin) => MatchResult[],
  options: Options,
) {
  const subs = [...stream(workload, size)];
  const count = Math.min(bulletins.length, options.naive ?? (size >= 1e6 ? 5 : size >= 1e5 ? 20 : 50));
  const sample = bulletins.slice(0, count);
  // Warm up: the per-subscription keyword cache, and the JIT (a cold loop ran 3× slower at 10k).
  for (const b of sample.slice(0, 3)) naiveMatch(subs, b);
  const naive = timed(() => sample.map((b) => naiveMatch(subs, b)));
  const ids = (rs: MatchResult[]) =>
    rs
      .map((x) => x.subscriptionId)
      .sort()
      .join();
  sample.forEach((b, i) => {
    if (ids(match(b)) !== ids(naive.value[i])) throw new Error(`index and naive disagree on bulletin ${i}`);
  });
  const r = rng(7);
  const someIds = Array.from({ length: 100 }, () => subs[Math.floor(r() * size)].id);
  return { count, cpu: count / (naive.cpuMs / 1000), wall: count / (naive.wallMs / 1000), someIds };
}

function runSize(workload: Workload, size: number, options: Options) {
  gc();
  const heapBefore = heapAndBuffers(process.memoryUsage());
  const { live, ...buildTime } = build(workload, size);
  gc();
  const memory = process.memoryUsage();
  const r = rng(99);
  const bulletins = Array.from({ length: options.bulletins }, () => workload.bulletin(r));
  const rate = throughput((b) => live.match(b), bulletins, options.runs);
  // Bulletins never matched before, one pass: word-alignment verdicts are remembered by context,
  // so repeated passes over the same bulletins flatter the matcher; this does not.
  const unseen = Array.from({ length: options.bulletins }, () => workload.bulletin(r));
  const fresh = timed(() => {
    for (const b of unseen) live.match(b);
  });
  const stats: MatchStats = { termHits: 0, candidates: 0, matched: 0 };
  for (const b of bulletins) live.match(b, stats);

  const naive = naiveBaseline(workload, size, bulletins, (b) => live.match(b), options);
  gc(); // the naive run's million objects must not slow what follows

  // Live updates: 1,000 changes land in the delta; the first match compiles it.
  const changes = 1000;
  for (let i = 0; i < changes; i++) {
    if (i % 10 === 0) live.remove(naive.someIds[i / 10]);
    else live.upsert(workload.subscription(r, uuid(r)));
  }
  const first = timed(() => live.match(bulletins[0]));
  const deltaRate = throughput((b) => live.match(b), bulletins, options.runs);
  const rebuild = timed(() => live.rebuild());

  const n = bulletins.length;
  const round = (x: number, digits = 0) => +x.toFixed(digits);
  return {
    subscriptions: size,
    buildMs: round(buildTime.wallMs),
    buildCpuMs: round(buildTime.cpuMs),
    generateMs: round(buildTime.generateMs),
    rssMb: mb(memory.rss),
    heapMb: mb(memory.heapUsed),
    indexMb: mb(heapAndBuffers(memory) - heapBefore),
    bulletinsPerSec: round(rate.cpu),
    bulletinsPerSecWall: round(rate.wall),
    freshPerSec: round(unseen.length / (fresh.cpuMs / 1000)),
    avgTermHits: round(stats.termHits / n, 1),
    avgCandidates: round(stats.candidates / n, 1),
    avgMatched: round(stats.matched / n, 1),
    naivePerSec: round(naive.cpu, 1),
    naivePerSecWall: round(naive.wall, 1),
    naiveSample: naive.count,
    speedup: round(rate.cpu / naive.cpu),
    deltaChanges: changes,
    deltaFirstMatchMs: round(first.wallMs, 1),
    deltaBulletinsPerSec: round(deltaRate.cpu),
    rebuildMs: round(rebuild.wallMs),
  };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const workload = new Workload(buildTermPool(options.poolSize), regionPool());
  const rows = [];
  for (const size of options.sizes) {
    rows.push(runSize(workload, size, options));
    gc();
  }
  console.log(
    `\n${options.bulletins} bulletins (~40-char title, 3,000-char body), median of ${options.runs} runs, per CPU second of one core, Node ${process.version}`,
  );
  console.table(
    rows.map((x) => ({
      subs: x.subscriptions,
      'build s': x.buildMs / 1000,
      'build cpu s': x.buildCpuMs / 1000,
      'RSS MB': x.rssMb,
      'index MB': x.indexMb,
      'bulletins/s': x.bulletinsPerSec,
      '(wall)': x.bulletinsPerSecWall,
      'unseen/s': x.freshPerSec,
      'term hits': x.avgTermHits,
      candidates: x.avgCandidates,
      matched: x.avgMatched,
      'naive/s': `${x.naivePerSec} (n=${x.naiveSample})`,
      speedup: `${x.speedup}x`,
      '+1k delta 1st ms': x.deltaFirstMatchMs,
      '+1k delta /s': x.deltaBulletinsPerSec,
      'rebuild s': x.rebuildMs / 1000,
    })),
  );
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `match-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ node: process.version, options, rows }, null, 2));
  console.log(`written ${file}`);
}

main();
