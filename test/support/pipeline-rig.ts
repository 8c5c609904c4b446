import { setTimeout as sleep } from 'node:timers/promises';
import { testEnvironment } from '@app/config';
import { type Subscription } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import {
  createTestApi,
  insertMember,
  insertSubscription,
  spawnApp,
  startRealPostgres,
  startRealRedis,
  startSmtpTestServer,
  type RealPostgres,
  type RealRedis,
  type SmtpTestServer,
  type SpawnedApp,
  type TestApi,
} from '@app/testing';

export const WORDS = ['道路', '市政', '绿化', '照明', '污水', '桥梁'];

/**
 * The whole pipeline on servers of its own: a real redis-server and PostgreSQL cluster (own ports
 * and data directories, to be killed and restarted), an SMTP test server, the api in this process
 * and workers as child processes. Members follow two words each; some get instant alerts, some a
 * daily digest whose hour has not come yet (`makeDigestsDue` brings it).
 */
export interface PipelineRig {
  redis: RealRedis;
  postgres: RealPostgres;
  smtp: SmtpTestServer;
  api: TestApi;
  env: Record<string, string | undefined>;
  workers: SpawnedApp[];
  subs: Subscription[];
  emails: Map<string, string>;
  apiKey: string;
  startWorker(): Promise<SpawnedApp>;
  close(): Promise<void>;
}

export interface RigOptions {
  appendonly: boolean;
  members?: number;
  dailyMembers?: number;
  env?: Record<string, string>;
}

export async function startPipelineRig(options: RigOptions): Promise<PipelineRig> {
  const [redis, postgres, smtp] = await Promise.all([
    startRealRedis({ appendonly: options.appendonly }),
    startRealPostgres(),
    startSmtpTestServer(),
  ]);
  const env = testEnvironment({
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    INSTANT_WINDOW_SECONDS: '1',
    SWEEP_INTERVAL_MS: '1000',
    JOB_LOCK_MS: '5000',
    DELIVERY_LEASE_MS: '15000',
    RATE_LIMIT_INGEST_PER_MINUTE: '100000',
    // Every bulletin listed in full, so the audit can find each one in the digest.
    DIGEST_MAX_ITEMS: '1000',
    ...options.env,
  });
  const api = await createTestApi(env as Record<string, string>);
  const subs: Subscription[] = [];
  const emails = new Map<string, string>();
  // A timezone where the daily digest hour (23) has not come yet, so digests wait for makeDigestsDue.
  const timezone = ['Asia/Shanghai', 'UTC', 'America/New_York'].find(
    (tz) => Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: tz }).format(new Date())) < 23,
  )!;
  const members = options.members ?? 6;
  const daily = options.dailyMembers ?? 2;
  for (let i = 0; i < members; i++) {
    const isDaily = i >= members - daily;
    const m = await insertMember(api.dataSource, { email: `rig-${i}@example.test`, timezone, digestHour: 23 });
    emails.set(m.id, m.email);
    subs.push(
      await insertSubscription(api.dataSource, m.id, {
        name: `订阅${i}`,
        keywords: [WORDS[i % 6], WORDS[(i + 1) % 6]],
        frequency: isDaily ? 'daily' : 'instant',
      }),
    );
  }
  const { apiKey } = await api.app.get(SourcesService).create('rig');
  const workers: SpawnedApp[] = [];
  const rig: PipelineRig = {
    redis,
    postgres,
    smtp,
    api,
    env,
    workers,
    subs,
    emails,
    apiKey,
    async startWorker() {
      const w = spawnApp('worker', env);
      await w.waitFor(/processing \(concurrency/);
      workers.push(w);
      return w;
    },
    async close() {
      workers.forEach((w) => w.kill('SIGKILL'));
      await api.close().catch(() => undefined);
      await smtp.close();
      await redis.close();
      await postgres.close();
    },
  };
  return rig;
}

/** Bulletin number n, tagged B0001… in its title so the audit can find it in any email. */
export function bulletin(n: number) {
  return {
    sourceId: `r-${n}`,
    title: `标讯B${String(n).padStart(4, '0')}：${WORDS[n % 6]}${WORDS[(n * 7) % 6]}工程招标公告`,
    regionText: '重庆-渝中-',
    buyer: `采购人${n}`,
  };
}

/**
 * Ingests batches as a careful source does: a batch that fails (database down) is sent again
 * until it is accepted — ingest is idempotent, so a retry never makes a second bulletin.
 */
export async function ingestStream(
  rig: PipelineRig,
  opts: { from: number; batches: number; perBatch: number; gapMs: number; stop?: () => boolean },
): Promise<{ sent: number; retries: number }> {
  let n = opts.from;
  let retries = 0;
  for (let b = 0; b < opts.batches && !opts.stop?.(); b++) {
    const items = Array.from({ length: opts.perBatch }, () => bulletin(n++));
    for (;;) {
      const ok = await fetch(`${rig.api.url}/v1/ingest/bulletins`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': rig.apiKey },
        body: JSON.stringify({ items }),
        signal: AbortSignal.timeout(30_000),
      })
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) break;
      retries++;
      await sleep(300);
    }
    await sleep(opts.gapMs);
  }
  return { sent: n - opts.from, retries };
}

/** The daily members' digest hour has come: the next digest tick opens their digests. */
export async function makeDigestsDue(rig: PipelineRig): Promise<void> {
  await rig.api.dataSource.query(`UPDATE members SET digest_hour = 0`);
}
