import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { testEnvironment } from '@app/config';
import { Subscription } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { naiveMatch } from '@app/matcher';
import {
  createTestApi,
  eventually,
  insertMember,
  insertSubscription,
  killSpawnedApps,
  resetDatabase,
  SmtpTestServer,
  spawnApp,
  SpawnedApp,
  startSmtpTestServer,
  TcpProxy,
  TestApi,
  bootsTimeout,
} from '@app/testing';
import { bulletinTagsInEmail } from './support/bulletin-tags';

const WORDS = ['道路', '市政', '绿化', '照明', '污水', '桥梁'];
// Longest a message's SMTP exchange may plausibly take on a loaded machine: a delivery marked as
// transmitting longer than this before a fault did not become `unknown` because of that fault.
const TRANSMISSION_MS = 10000;

/**
 * Bulletins keep flowing while the worker is hurt: killed with SIGKILL again and again, or cut off
 * from Redis and Postgres. Afterwards every (member, bulletin) a plain reference matcher expects
 * arrived by email exactly once — except those of a delivery caught inside its SMTP transmission,
 * recorded `unknown` and arrived at most once — nothing arrived twice, and nothing is half-done.
 */
// Up to five worker boots from sources in one test, each bounded as boots are (spawn-app.ts).
jest.setTimeout(bootsTimeout(5, 180000));

describe('no loss, no duplicates across worker crashes and outages', () => {
  const env = testEnvironment({ INSTANT_WINDOW_SECONDS: '1', SWEEP_INTERVAL_MS: '1000', JOB_LOCK_MS: '5000', DELIVERY_LEASE_MS: '15000' });
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: SpawnedApp;

  const startWorker = async (overrides: Record<string, string> = {}) => {
    worker = spawnApp('worker', { ...env, SMTP_URL: smtp.url, ...overrides });
    await worker.waitFor(/processing \(concurrency/);
  };

  /** Six members, each following two words; a source to ingest with. */
  const setUp = async (source: string) => {
    await resetDatabase(api.dataSource);
    smtp.clear();
    const subs: Subscription[] = [];
    const emails = new Map<string, string>();
    for (let i = 0; i < 6; i++) {
      const m = await insertMember(api.dataSource, { email: `fault-${i}@example.test` });
      emails.set(m.id, m.email);
      subs.push(await insertSubscription(api.dataSource, m.id, { name: `订阅${i}`, keywords: [WORDS[i], WORDS[(i + 1) % 6]] }));
    }
    const { apiKey } = await api.app.get(SourcesService).create(source);
    return { subs, emails, apiKey };
  };

  /** 24 batches of 4 bulletins, a quarter second apart, each tagged B0001… in its title. */
  const stream = async (apiKey: string) => {
    let n = 0;
    for (let batch = 0; batch < 24; batch++) {
      const items = Array.from({ length: 4 }, () => {
        n++;
        return {
          sourceId: `f-${n}`,
          title: `标讯B${String(n).padStart(4, '0')}：${WORDS[n % 6]}${WORDS[(n * 7) % 6]}工程招标公告`,
          regionText: '重庆-渝中-',
          buyer: `采购人${n}`,
        };
      });
      await request(api.url).post('/v1/ingest/bulletins').set('x-api-key', apiKey).send({ items }).expect(200);
      await sleep(250);
    }
  };

  /**
   * `faults`: when each fault began (ms since the epoch). A delivery may end `unknown` only if it
   * was in its SMTP transmission when one of them struck.
   */
  const expectEachDeliveredOnce = async (subs: Subscription[], emails: Map<string, string>, faults: number[]) => {
    // Expected: what a plain loop over the subscriptions says about every stored bulletin.
    const stored = await api.dataSource.query(
      `SELECT id, title, title_match, body_match, region_code, category, budget_yuan FROM bulletins`,
    );
    const expected = new Map<string, number>();
    for (const b of stored) {
      const tag = /B\d{4}/.exec(b.title)![0];
      for (const r of naiveMatch(subs, {
        titleMatch: b.title_match,
        bodyMatch: b.body_match,
        regionCode: b.region_code,
        category: b.category,
        budgetYuan: null,
      })) {
        expected.set(`${emails.get(subs.find((s) => s.id === r.subscriptionId)!.memberId)}|${tag}`, 0);
      }
    }
    expect(expected.size).toBeGreaterThan(50);

    const settled = async () => {
      const [open] = await api.dataSource.query(
        `SELECT (SELECT count(*) FROM bulletin_match_state WHERE matched_at IS NULL)::int
              + (SELECT count(*) FROM notifications WHERE status = 'pending')::int
              + (SELECT count(*) FROM deliveries WHERE status IN ('pending', 'sending', 'held'))::int AS n`,
      );
      return open.n === 0;
    };
    await eventually(settled, 120000, 'pipeline settled after the faults');

    // Received: each email lists its bulletins once in full; "另见上文" lines are references.
    const received = new Map<string, number>();
    for (const mail of smtp.messages) {
      // Not the links: a signed link's token can hold "B0399" by chance (bulletin-tags.ts).
      for (const tag of bulletinTagsInEmail(mail.text)) {
        const key = `${mail.envelope.to[0]}|${tag}`;
        received.set(key, (received.get(key) ?? 0) + 1);
      }
    }
    // A worker stopped between handing a message to SMTP and recording it leaves the delivery
    // `unknown`: it may have arrived, and it is never resent. Its bulletins count at most once;
    // every other expected (member, bulletin) exactly once, and nothing ever twice.
    const uncertain = new Set<string>(
      (
        await api.dataSource.query(
          `SELECT m.email, b.title FROM notifications n JOIN deliveries d ON d.id = n.delivery_id
             JOIN members m ON m.id = n.member_id JOIN bulletins b ON b.id = n.bulletin_id WHERE d.status = 'unknown'`,
        )
      ).map((r: { email: string; title: string }) => `${r.email}|${/B\d{4}/.exec(r.title)![0]}`),
    );
    const twice = [...received].filter(([, c]) => c > 1).map(([k]) => k);
    const missing = [...expected.keys()].filter((k) => !received.has(k) && !uncertain.has(k));
    const unexpected = [...received.keys()].filter((k) => !expected.has(k));
    expect({ twice, missing, unexpected }).toEqual({ twice: [], missing: [], unexpected: [] });
    // Only a fault inside the transmission itself makes a delivery unknown: each one passed the
    // point of no return shortly before a fault struck. How many bulletins that strands depends on
    // how large the backlog was at that moment, so it is the deliveries that are checked, not a count.
    const unknown: Array<{ id: string; transmitted: number | null }> = await api.dataSource.query(
      `SELECT id, (extract(epoch FROM transmitted_at) * 1000)::float8 AS transmitted FROM deliveries WHERE status = 'unknown'`,
    );
    const unexplained = unknown.filter(
      (d) => d.transmitted === null || !faults.some((t) => t >= d.transmitted! - 1000 && t - d.transmitted! < TRANSMISSION_MS),
    );
    expect(unexplained).toEqual([]);
    expect(unknown.length).toBeLessThanOrEqual(faults.length * subs.length);
    const [sending] = await api.dataSource.query(`SELECT count(*)::int AS n FROM deliveries WHERE status = 'sending'`);
    expect(sending.n).toBe(0);
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({ ...(env as Record<string, string>), SMTP_URL: smtp.url });
  });
  afterEach(() => killSpawnedApps());
  afterAll(async () => {
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await smtp.close();
  });

  it('delivers every expected (member, bulletin) exactly once while the worker is killed again and again', async () => {
    const { subs, emails, apiKey } = await setUp('faulty');
    await startWorker();
    const flow = stream(apiKey);
    const kills: number[] = [];
    for (let kill = 0; kill < 4; kill++) {
      await sleep(1000 + Math.random() * 1500);
      kills.push(Date.now());
      worker.kill('SIGKILL');
      await worker.exited;
      await startWorker();
    }
    await flow;
    await expectEachDeliveredOnce(subs, emails, kills);
  });

  it('leaves a delivery unknown and never resends it when its worker dies inside the SMTP exchange; the next message says so', async () => {
    const { apiKey } = await setUp('midsend');
    const ingest = (sourceId: string, title: string) =>
      request(api.url)
        .post('/v1/ingest/bulletins')
        .set('x-api-key', apiKey)
        .send({ items: [{ sourceId, title, regionText: '重庆-渝中-' }] })
        .expect(200);
    // A short lease, so the next worker takes over the stranded delivery within seconds.
    await startWorker({ DELIVERY_LEASE_MS: '3000' });
    const first = worker;
    // The message is stored, and the worker dies before it hears the 250.
    smtp.beforeNextAccept(async () => {
      first.kill('SIGKILL');
      await first.exited;
    });
    await ingest('mid-1', '标讯B0001：照明工程招标公告');
    await first.exited;
    const victim = smtp.messages[0].envelope.to[0];
    await startWorker({ DELIVERY_LEASE_MS: '3000' });

    const open = async () =>
      (await api.dataSource.query(`SELECT count(*)::int AS n FROM deliveries WHERE status IN ('pending', 'sending', 'held')`))[0].n;
    await eventually(async () => (await open()) === 0, 30000, 'stranded delivery settled');
    const [unknown] = await api.dataSource.query(
      `SELECT d.status, d.error FROM deliveries d JOIN members m ON m.id = d.member_id WHERE m.email = $1`,
      [victim],
    );
    expect(unknown.status).toBe('unknown');
    await sleep(2000); // a resend would show up by now
    expect(smtp.messages.filter((m) => m.envelope.to[0] === victim)).toHaveLength(1);
    // Every member got the first bulletin at most once, whatever else the kill caught.
    const recipients = smtp.messages.map((m) => m.envelope.to[0]);
    expect(new Set(recipients).size).toBe(recipients.length);

    // The victim's next alert tells them one bulletin's fate is unknown.
    const before = smtp.messages.length;
    await ingest('mid-2', '标讯B0002：照明改造招标公告');
    await eventually(async () => smtp.messages.slice(before).some((m) => m.envelope.to[0] === victim), 30000, 'next alert');
    const next = smtp.messages.slice(before).find((m) => m.envelope.to[0] === victim)!;
    expect(next.text).toContain('上次有 1 条标讯的发送状态未知');
    expect([...bulletinTagsInEmail(next.text)]).toEqual(['B0002']);
  });

  it('records a message SMTP accepted as sent, not unknown and never again, when Postgres blinks right after the 250', async () => {
    const { apiKey } = await setUp('blink');
    const dbUrl = new URL(env.DATABASE_URL!);
    const postgres = new TcpProxy({ host: dbUrl.hostname, port: Number(dbUrl.port || 5432) });
    const pgPort = await postgres.start();
    try {
      await startWorker({ DATABASE_URL: Object.assign(new URL(dbUrl.href), { port: String(pgPort) }).href });
      // The worker's database goes away just before SMTP says 250, and is back 1.5 s later.
      smtp.beforeNextAccept(async () => {
        await postgres.stop();
        setTimeout(() => void postgres.start(), 1500);
      });
      await request(api.url)
        .post('/v1/ingest/bulletins')
        .set('x-api-key', apiKey)
        .send({ items: [{ sourceId: 'blink-1', title: '标讯B0001：道路市政工程招标公告', regionText: '重庆-渝中-' }] })
        .expect(200);
      // Every delivery recorded, not only the first: the others may still wait on the database.
      const settled = async () => {
        const [row] = await api.dataSource.query(
          `SELECT count(*)::int AS total, count(*) FILTER (WHERE status IN ('pending', 'sending'))::int AS open FROM deliveries`,
        );
        return row.total > 0 && row.open === 0;
      };
      await eventually(settled, 30000, 'deliveries recorded');
      const rows: Array<{ status: string; attempts: number }> = await api.dataSource.query(`SELECT status, attempts FROM deliveries`);
      expect(rows.map((r) => r.status)).toEqual(rows.map(() => 'sent'));
      await sleep(2000); // a resend would show up by now
      const recipients = smtp.messages.map((m) => m.envelope.to[0]);
      expect(recipients.length).toBe(rows.length);
      expect(new Set(recipients).size).toBe(recipients.length);
    } finally {
      await postgres.stop();
    }
  });

  it('delivers every expected (member, bulletin) exactly once while Redis and Postgres go away under the worker', async () => {
    const { subs, emails, apiKey } = await setUp('outages');
    const redisUrl = new URL(env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const dbUrl = new URL(env.DATABASE_URL!);
    const redis = new TcpProxy({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
    const postgres = new TcpProxy({ host: dbUrl.hostname, port: Number(dbUrl.port || 5432) });
    const [redisPort, pgPort] = [await redis.start(), await postgres.start()];
    const through = (url: URL, port: number) => Object.assign(new URL(url.href), { port: String(port) }).href;
    try {
      // Only the worker goes through the proxies: the api keeps ingesting during the outages.
      await startWorker({ REDIS_URL: through(redisUrl, redisPort), DATABASE_URL: through(dbUrl, pgPort) });
      const flow = stream(apiKey);
      const outages: number[] = [];
      for (const down of [[redis], [postgres], [redis, postgres]]) {
        await sleep(1000 + Math.random() * 1000);
        outages.push(Date.now());
        for (const proxy of down) await proxy.stop();
        await sleep(2500);
        for (const proxy of down) await proxy.start();
      }
      await flow;
      await expectEachDeliveredOnce(subs, emails, outages);
      // The same process throughout: it rode the outages out instead of dying.
      expect(worker.child.exitCode).toBeNull();
    } finally {
      await redis.stop();
      await postgres.stop();
    }
  });
});
