// npm run soak -- --minutes N [--workers 3] [--aof yes|no] [--seed N]
// A chaos soak of the whole pipeline on servers of its own (a real redis-server and PostgreSQL
// cluster, an SMTP test server, the api in this process, workers as child processes): steady
// ingest while a driver SIGKILLs workers at random (at least 20 times), kills and restarts Redis,
// stops PostgreSQL in immediate mode and starts it again, and makes SMTP answer 4xx, 5xx, stall
// past the client's timeout or drop the connection. Daily digests come due two thirds in. At the
// end every delivery is compared with an independent expectation (a plain reference matcher over
// the stored bulletins) and the counts are printed and written to bench/results/soak-<ts>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { ensureCompiledApps, eventually, spawnApp, type SpawnedApp } from '@app/testing';
import { classifyDeliveries, openWork } from '../test/support/delivery-audit';
import { ingestStream, makeDigestsDue, startPipelineRig } from '../test/support/pipeline-rig';

const log = (msg: string) => console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${msg}`);

async function retry<T>(op: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await op();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(500);
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '3' },
      workers: { type: 'string', default: '3' },
      aof: { type: 'string', default: 'yes' },
      seed: { type: 'string' },
    },
  });
  const minutes = Number(values.minutes);
  const slots = Number(values.workers);
  let seed = Number(values.seed ?? Date.now() % 2 ** 31);
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const runMs = minutes * 60_000;
  const counts = {
    workerKills: 0,
    redisRestarts: 0,
    postgresRestarts: 0,
    smtp4xx: 0,
    smtp5xx: 0,
    smtpTimeouts: 0,
    smtpDrops: 0,
    ingestRetries: 0,
  };

  log('building (nest build api) if a source changed since the last build: workers start from dist/ in a second or two');
  ensureCompiledApps();
  log(`starting servers (Redis ${values.aof === 'yes' ? 'with' : 'without'} AOF), ${slots} workers, ${minutes} min`);
  const rig = await startPipelineRig({ appendonly: values.aof === 'yes', members: 16, dailyMembers: 4 });
  const workers: Array<SpawnedApp | null> = Array.from({ length: slots }, () => null);
  const upSince = new Map<SpawnedApp, number>();
  let shuttingDown = false;
  // A supervisor, as systemd or Kubernetes would be: a worker that exits (killed by the driver, or
  // refusing to boot while Redis or Postgres is down) is started again a second later.
  const startSlot = (i: number) => {
    const w = spawnApp('worker', rig.env);
    workers[i] = w;
    void w.waitFor(/processing \(concurrency/, 180_000).then(
      () => upSince.set(w, Date.now()),
      () => undefined,
    );
    void w.exited.then(async () => {
      upSince.delete(w);
      if (shuttingDown) return;
      await sleep(1000);
      startSlot(i);
    });
  };
  const ready = {
    get size() {
      return upSince.size;
    },
  };
  for (let i = 0; i < slots; i++) startSlot(i);
  await eventually(async () => ready.size > 0, 180_000, 'a worker up');
  log('first worker up; ingest and chaos begin');

  const started = Date.now();
  const over = () => Date.now() - started > runMs;
  const ingest = ingestStream(rig, { from: 1, batches: Number.MAX_SAFE_INTEGER, perBatch: 4, gapMs: 1000, stop: over }).then((r) => {
    counts.ingestRetries = r.retries;
    return r.sent;
  });

  // Each kind of fault on its own clock, so they overlap now and then as in life.
  const killEvery = Math.min(8_000, runMs / 24);
  const workerChaos = (async () => {
    while (!over()) {
      await sleep(killEvery * (0.5 + random()));
      // A victim that has been up a few seconds, so that it was busy when it died.
      const alive = workers.filter((w): w is SpawnedApp => !!w && Date.now() - (upSince.get(w) ?? Infinity) > 3000);
      if (!alive.length || over()) continue;
      const w = alive[Math.floor(random() * alive.length)];
      w.kill('SIGKILL');
      await w.exited;
      counts.workerKills++;
    }
  })();
  const serverChaos = (async () => {
    const every = runMs / 5;
    while (!over()) {
      await sleep(every * (0.6 + 0.8 * random()));
      if (over()) break;
      if (random() < 0.5) {
        await rig.redis.kill();
        await sleep(500 + 1500 * random());
        await rig.redis.start();
        counts.redisRestarts++;
        log('Redis killed and restarted');
      } else {
        rig.postgres.stopImmediate();
        await sleep(1000 + 2000 * random());
        await rig.postgres.start();
        counts.postgresRestarts++;
        log('PostgreSQL stopped (immediate) and started');
      }
    }
  })();
  const smtpChaos = (async () => {
    while (!over()) {
      await sleep(2_000 + 3_000 * random());
      const r = random();
      if (r < 0.4) {
        rig.smtp.failNext(451, '4.3.0 try again later', 1);
        counts.smtp4xx++;
      } else if (r < 0.5) {
        rig.smtp.failNext(550, '5.1.1 no such mailbox', 1, 'rcpt');
        counts.smtp5xx++;
      } else if (r < 0.6) {
        rig.smtp.beforeNextAccept(() => sleep(70_000));
        counts.smtpTimeouts++;
      } else {
        rig.smtp.dropNext(random() < 0.5 ? 'rcpt' : 'data', 1);
        counts.smtpDrops++;
      }
    }
  })();
  const digests = (async () => {
    await sleep((runMs * 2) / 3);
    await retry(() => makeDigestsDue(rig));
    log('daily digests due');
  })();
  const progress = setInterval(
    () => log(`${JSON.stringify(counts)} · ${ready.size}/${slots} workers up · ${rig.smtp.messages.length} emails`),
    30_000,
  );

  const sent = await ingest;
  await Promise.all([workerChaos, serverChaos, smtpChaos, digests]);
  clearInterval(progress);
  log(`chaos over after ${Math.round((Date.now() - started) / 1000)} s: ${sent} bulletins sent; letting the pipeline settle`);
  // The next digest tick (a minute away in production) and time for leases, backoffs and the
  // SMTP client's 60 s socket timeout on a stalled message.
  await retry(() => rig.api.jobs.add('digest.tick', {}));
  let open = await retry(() => openWork(rig.api.dataSource));
  const settleDeadline = Date.now() + 240_000;
  while (Date.now() < settleDeadline) {
    open = await retry(() => openWork(rig.api.dataSource));
    if (open.unmatched + open.openDeliveries === 0) break;
    await sleep(2000);
  }
  await sleep(3000); // a duplicate would arrive by now
  const report = await retry(() => classifyDeliveries(rig.api.dataSource, rig.smtp, rig.subs, rig.emails));

  const table = {
    'bulletins ingested': sent,
    'expected (member, bulletin)': report.expected,
    'delivered once': report.deliveredOnce,
    lost: report.lost.length,
    duplicated: report.duplicated.length,
    unknown: report.unknown.length,
    'refused by SMTP 5xx': report.refused.length,
    'suppressed (bounced address)': report.suppressed.length,
    'deferred to next digest': report.deferred.length,
    stuck: report.stuck.length,
    unexpected: report.unexpected.length,
  };
  console.log(`\nchaos soak: ${minutes} min, ${slots} workers, Redis ${values.aof === 'yes' ? 'with AOF (everysec)' : 'without AOF'}`);
  console.table([
    {
      'worker SIGKILLs': counts.workerKills,
      'Redis restarts': counts.redisRestarts,
      'Postgres restarts': counts.postgresRestarts,
      'SMTP 4xx': counts.smtp4xx,
      'SMTP 5xx': counts.smtp5xx,
      'SMTP timeouts': counts.smtpTimeouts,
      'SMTP drops': counts.smtpDrops,
      'ingest retries': counts.ingestRetries,
    },
  ]);
  console.table([table]);
  for (const [what, list] of Object.entries({
    lost: report.lost,
    duplicated: report.duplicated,
    stuck: report.stuck,
    unexpected: report.unexpected,
  })) {
    if (list.length) console.log(`${what}: ${list.slice(0, 10).join(', ')}${list.length > 10 ? ' …' : ''}`);
  }
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      { minutes, workers: slots, aof: values.aof === 'yes', faults: counts, result: table, openWork: open, details: report },
      null,
      2,
    ),
  );
  console.log(`wrote ${file}`);
  shuttingDown = true;
  workers.forEach((w) => w?.kill('SIGKILL'));
  await rig.close();
  process.exit(report.lost.length || report.duplicated.length || report.stuck.length ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
