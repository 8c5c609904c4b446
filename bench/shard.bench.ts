// Hash sharding vs region sharding of the subscription index, measured on one core.
// Run: npm run bench:shard -- [--subs 300k] [--shards 4] [--bulletins 300]
// Hash: every bulletin visits every shard. Region: provinces are spread over N-1 shards and
// nationwide subscriptions (no region) sit on their own shard, so a bulletin visits two shards
// (its province's and the nationwide one) — or only the nationwide one when it has no region.
// Writes bench/results/shard-<timestamp>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { bulletinShards, MatcherIndex, subscriptionShards, type MatchBulletin, type MatchSubscription } from '@app/matcher';
import { buildTermPool, regionPool, rng, uuid, Workload } from './match-workload';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const count = (s: string) => Math.round(parseFloat(s) * (/m$/i.test(s) ? 1e6 : /k$/i.test(s) ? 1e3 : 1));
const SUBS = count(arg('subs', '300k'));
const SHARDS = Number(arg('shards', '4'));
const BULLETINS = Number(arg('bulletins', '300'));

const r = rng(11);
const workload = new Workload(buildTermPool(200_000), regionPool());
const bar = new SingleBar({ format: 'subscriptions [{bar}] {value}/{total}', stream: process.stderr }, Presets.shades_classic);
bar.start(SUBS, 0);
const subs: MatchSubscription[] = [];
for (let i = 0; i < SUBS; i++) {
  subs.push(workload.subscription(r, uuid(r)));
  if (i % 10_000 === 0) bar.update(i);
}
bar.update(SUBS);
bar.stop();
const bulletins: MatchBulletin[] = Array.from({ length: BULLETINS }, () => workload.bulletin(r));

// The worker's own shard plan (libs/matcher shard-plan), so what is measured is what runs.
interface Strategy {
  name: string;
  assign: (s: MatchSubscription) => number[];
  route: (b: MatchBulletin) => number[];
}
const strategies: Strategy[] = [
  { name: 'hash', assign: (s) => subscriptionShards(s, 'hash', SHARDS), route: (b) => bulletinShards(b.regionCode, 'hash', SHARDS) },
  { name: 'region', assign: (s) => subscriptionShards(s, 'region', SHARDS), route: (b) => bulletinShards(b.regionCode, 'region', SHARDS) },
];

const rows = strategies.map((st) => {
  const parts: MatchSubscription[][] = Array.from({ length: SHARDS }, () => []);
  for (const s of subs) for (const shard of st.assign(s)) parts[shard].push(s);
  const indexes = parts.map((p) => MatcherIndex.build(p));
  const shardMs: number[] = [];
  let matched = 0;
  const started = process.cpuUsage();
  for (const b of bulletins) {
    const seen = new Set<string>();
    for (const shard of st.route(b)) {
      const t = process.hrtime.bigint();
      for (const m of indexes[shard].match(b)) seen.add(m.subscriptionId);
      shardMs.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    matched += seen.size;
  }
  const cpu = process.cpuUsage(started);
  const cpuMsPerBulletin = (cpu.user + cpu.system) / 1000 / BULLETINS;
  return {
    strategy: st.name,
    shardSizes: parts.map((p) => p.length),
    largestShard: Math.max(...parts.map((p) => p.length)),
    shardVisitsPerBulletin: shardMs.length / BULLETINS,
    cpuMsPerBulletin: +cpuMsPerBulletin.toFixed(3),
    bulletinsPerCpuSecond: Math.round(1000 / cpuMsPerBulletin),
    matchedPerBulletin: +(matched / BULLETINS).toFixed(1),
  };
});

console.log(`\n${SUBS} subscriptions, ${SHARDS} shards, ${BULLETINS} bulletins (CPU time, all shards summed)\n`);
console.log('strategy  largest shard  visits/bulletin  CPU ms/bulletin  bulletins/CPU-s  matched/bulletin');
for (const row of rows) {
  console.log(
    `${row.strategy.padEnd(9)} ${String(row.largestShard).padStart(13)}  ${row.shardVisitsPerBulletin.toFixed(2).padStart(15)}  ${row.cpuMsPerBulletin.toFixed(3).padStart(15)}  ${String(row.bulletinsPerCpuSecond).padStart(15)}  ${String(row.matchedPerBulletin).padStart(16)}`,
  );
}
if (rows[0].matchedPerBulletin !== rows[1].matchedPerBulletin) console.log('\nWARNING: strategies disagree on matches');
console.log(`\nregion / hash CPU per bulletin: ${(rows[1].cpuMsPerBulletin / rows[0].cpuMsPerBulletin).toFixed(2)}×`);
const dir = join(__dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `shard-${Date.now()}.json`), JSON.stringify({ subs: SUBS, shards: SHARDS, bulletins: BULLETINS, rows }, null, 2));
