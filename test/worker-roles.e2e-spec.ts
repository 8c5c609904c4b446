import request from 'supertest';
import { testEnvironment } from '@app/config';
import { SourcesService } from '@app/domain/ingest';
import {
  createTestApi,
  eventually,
  insertMember,
  insertSubscription,
  killSpawnedApps,
  resetDatabase,
  SmtpTestServer,
  spawnApp,
  startSmtpTestServer,
  TestApi,
} from '@app/testing';

// Two worker process groups with disjoint roles and settings of their own, standing in for two
// machines: a matcher (index in memory) and a sender (email, digests, sweeps, webhooks, reminders).
describe('worker process groups (WORKER_ROLES)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let env: Record<string, string | undefined>;
  let apiKey: string;

  const ingest = (sourceId: string, title: string) =>
    request(api.url)
      .post('/v1/ingest/bulletins')
      .set('x-api-key', apiKey)
      .send({ items: [{ sourceId, title, body: '本项目为城市道路改造。', regionText: '重庆-渝中-' }] })
      .expect(200)
      .then((r) => r.body.results[0].bulletinId as string);
  const matchedAt = async (id: string) =>
    (await api.dataSource.query(`SELECT matched_at FROM bulletin_match_state WHERE bulletin_id = $1`, [id]))[0]?.matched_at ?? null;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    const settings = { SMTP_URL: smtp.url, INSTANT_WINDOW_SECONDS: '1', SWEEP_INTERVAL_MS: '600000' };
    api = await createTestApi(settings);
    env = testEnvironment({ ...settings, QUEUE_PREFIX: api.config.redis.queuePrefix });
    await resetDatabase(api.dataSource);
    const member = await insertMember(api.dataSource, { email: 'roles@example.test' });
    await insertSubscription(api.dataSource, member.id, { name: '道路', keywords: ['道路'] });
    apiKey = (await api.app.get(SourcesService).create('roles-source')).apiKey;
  });
  afterAll(async () => {
    killSpawnedApps();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await smtp.close();
  });

  it('matches in one process and delivers in the other; neither takes the other’s jobs', async () => {
    const matcher = spawnApp('worker', { ...env, WORKER_ROLES: 'match', WORKER_CONCURRENCY: '2' });
    await matcher.waitFor(/roles \[match\]: consuming bulletin-match/, 150000);
    expect(matcher.output()).toMatch(/processing \(concurrency 2, roles match\)/);

    const first = await ingest('r-1', '渝中区道路改造工程施工招标公告');
    await eventually(async () => (await matchedAt(first)) !== null, 30000, 'first bulletin matched by the matcher');
    // Matched, its instant window long over, yet nobody sends: the matcher has no deliver role.
    await new Promise((r) => setTimeout(r, 3000));
    expect(smtp.messages).toHaveLength(0);
    const [open] = await api.dataSource.query(`SELECT count(*)::int AS n FROM deliveries WHERE status = 'pending'`);
    expect(open.n).toBe(1);

    const sender = spawnApp('worker', {
      ...env,
      WORKER_ROLES: 'deliver,digest,maintenance,webhooks,reminders',
      WORKER_CONCURRENCY: '8',
    });
    const [mail] = await smtp.waitForMessages(1, 150000);
    expect(mail.envelope.to).toEqual(['roles@example.test']);
    expect(mail.text).toContain('渝中区道路改造工程');
    expect(sender.output()).toMatch(/processing \(concurrency 8, roles deliver,digest,maintenance,webhooks,reminders\)/);
    // Only the matcher built a subscription index.
    expect(matcher.output()).toMatch(/index of 1 subscriptions/);
    expect(sender.output()).not.toMatch(/index of \d+ subscriptions/);

    // With the matcher gone, the sender leaves a new bulletin's match jobs alone.
    matcher.kill('SIGTERM');
    await matcher.exited;
    const second = await ingest('r-2', '渝中区道路照明工程施工招标公告');
    await new Promise((r) => setTimeout(r, 3000));
    expect(await matchedAt(second)).toBeNull();
    expect(await api.jobs.matchQueues[0].getWaitingCount()).toBe(1);
  }, 400000);
});
