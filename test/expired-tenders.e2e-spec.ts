import request from 'supertest';
import { SourcesService } from '@app/domain/ingest';
import { QUEUES } from '@app/queues';
import {
  createTestApi,
  createTestWorker,
  eventually,
  insertMember,
  insertSubscription,
  resetDatabase,
  SmtpTestServer,
  startSmtpTestServer,
  TestApi,
  TestWorker,
  waitForQueuesToDrain,
} from '@app/testing';
import { bearer, signUp } from './support/member-sessions';

// Bulletins written for this test: tenders of one river-bank works, some past their bid deadline.
const day = 86_400_000;
let seq = 0;
const tender = (title: string, deadlineAt: Date) => ({
  sourceId: `x-${++seq}`,
  title,
  body: `项目编号：LJ-2026-${seq}\n招标人：某某市临江区水务局\n投标截止时间见公告`,
  category: 'tender',
  stage: 'invitation',
  buyer: '某某市临江区水务局',
  publishedAt: new Date(Date.now() - 20 * day).toISOString(),
  deadlineAt: deadlineAt.toISOString(),
});

describe('a tender past its bid deadline is not sent as new (api + worker + Postgres + Redis + SMTP)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;
  let key: string;
  const ingest = (items: object[]) => request(api.url).post('/v1/ingest/bulletins').set('x-api-key', key).send({ items }).expect(200);
  // Alerts and digests only ("…条新标讯"): the sign-up's verification email says 标讯 too, and
  // counting it let the wait for alerts end before any alert was sent.
  const alertsTo = (email: string) => smtp.messages.filter((m) => m.envelope.to.includes(email) && m.subject.includes('条新标讯'));
  const drain = () =>
    waitForQueuesToDrain(
      api.jobs.allQueues().filter((q) => q.name !== QUEUES.digest && q.name !== QUEUES.maintenance && q.name !== QUEUES.reminders),
      30000,
    );

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({
      SMTP_URL: smtp.url,
      INSTANT_WINDOW_SECONDS: '1',
      PUBLIC_URL: 'https://alerts.test',
      SWEEP_INTERVAL_MS: '600000',
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
    });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
    key = (await api.app.get(SourcesService).create('portal')).apiKey;
  });
  afterAll(async () => {
    await worker.close();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await smtp.close();
  });

  it('holds an expired tender back with its reason by default; includeExpired sends it marked 已截止; the inbox has it either way', async () => {
    const plain = await signUp(api);
    const everything = await signUp(api);
    const created = await request(api.url)
      .post('/v1/subscriptions')
      .set(bearer(plain.accessToken))
      .send({ name: '护岸', keywords: ['护岸'] })
      .expect(201);
    expect(created.body.includeExpired).toBe(false);
    const all = await request(api.url)
      .post('/v1/subscriptions')
      .set(bearer(everything.accessToken))
      .send({ name: '护岸（含已截止）', keywords: ['护岸'], includeExpired: true })
      .expect(201);
    expect(all.body.includeExpired).toBe(true);
    await request(api.url)
      .patch(`/v1/subscriptions/${all.body.id}`)
      .set(bearer(everything.accessToken))
      .send({ includeExpired: 'yes' })
      .expect(400);

    const res = await ingest([
      tender('临江路护岸整治工程施工招标公告', new Date(Date.now() - 2 * day)),
      tender('临江路护岸二期工程施工招标公告', new Date(Date.now() + 20 * day)),
    ]);
    const [expiredId, liveId] = res.body.results.map((r: { bulletinId: string }) => r.bulletinId);
    await drain();
    await eventually(async () => alertsTo(plain.email).length > 0 && alertsTo(everything.email).length > 0, 15000, 'alerts');
    await drain();

    const plainText = alertsTo(plain.email)
      .map((m) => m.text)
      .join('\n');
    expect(plainText).toContain('临江路护岸二期工程施工招标公告');
    expect(plainText).not.toContain('临江路护岸整治工程');
    const everythingText = alertsTo(everything.email)
      .map((m) => m.text)
      .join('\n');
    expect(everythingText).toContain('临江路护岸整治工程施工招标公告');
    expect(everythingText).toContain('已截止');

    // Why: the member sees it among what was held back.
    const held = (await request(api.url).get('/v1/me/held-back').set(bearer(plain.accessToken)).expect(200)).body;
    expect(held).toEqual([
      expect.objectContaining({
        reason: 'deadline_passed',
        reasonLabel: expect.stringContaining('截止'),
        bulletin: expect.objectContaining({ id: expiredId }),
      }),
    ]);
    expect((await request(api.url).get('/v1/me/held-back').set(bearer(everything.accessToken)).expect(200)).body).toEqual([]);

    // A delivery rule, not a match rule: the inbox and why-matched are the same for both members.
    const inbox = (await request(api.url).get('/v1/matches').set(bearer(plain.accessToken)).expect(200)).body;
    expect(inbox.items.map((i: { bulletin: { id: string } }) => i.bulletin.id).sort()).toEqual([expiredId, liveId].sort());
    const match = inbox.items.find((i: { bulletin: { id: string } }) => i.bulletin.id === expiredId);
    const why = await request(api.url).get(`/v1/matches/${match.id}/why`).set(bearer(plain.accessToken)).expect(200);
    expect(JSON.stringify(why.body)).toContain('护岸');
  });

  it('drops from a digest a tender whose deadline passed while it waited, and says why', async () => {
    const member = await insertMember(api.dataSource, { digestHour: 0 });
    await insertSubscription(api.dataSource, member.id, { name: '闸站', keywords: ['闸站'], frequency: 'daily' });
    smtp.clear();
    const soon = new Date(Date.now() + 1500);
    const res = await ingest([
      tender('北港闸站泵房改造工程施工招标公告', soon),
      tender('南港闸站泵房改造工程施工招标公告', new Date(Date.now() + 30 * day)),
    ]);
    const [soonId] = res.body.results.map((r: { bulletinId: string }) => r.bulletinId);
    await drain();
    // Both wait for the digest as pending: the first was still open when it matched.
    const pending = await api.dataSource.query(`SELECT status FROM notifications WHERE member_id = $1`, [member.id]);
    expect(pending).toEqual([{ status: 'pending' }, { status: 'pending' }]);
    await new Promise((r) => setTimeout(r, Math.max(0, soon.getTime() - Date.now() + 200)));

    await api.jobs.add('digest.tick', {});
    await eventually(async () => alertsTo(member.email).length === 1, 15000, 'daily digest');
    const digest = alertsTo(member.email)[0];
    expect(digest.text).toContain('南港闸站泵房改造工程');
    expect(digest.text).not.toContain('北港闸站');
    const [row] = await api.dataSource.query(`SELECT status, held_reason FROM notifications WHERE member_id = $1 AND bulletin_id = $2`, [
      member.id,
      soonId,
    ]);
    expect(row).toEqual({ status: 'suppressed', held_reason: 'deadline_passed' });
  });
});
