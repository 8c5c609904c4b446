import request from 'supertest';
import { Delivery } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { DeliveriesRepository } from '@app/domain/worker';
import { QUEUES } from '@app/queues';
import {
  createTestApi,
  createTestWorker,
  eventually,
  insertMember,
  insertSubscription,
  resetDatabase,
  type SmtpTestServer,
  startSmtpTestServer,
  type TestApi,
  type TestWorker,
  waitForQueuesToDrain,
} from '@app/testing';
import { type AdminSession, bearer, signInAdmin } from './admin-support';

describe('admin over a running pipeline (api + worker + Postgres + Redis + SMTP)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;
  let admin: AdminSession;
  let key: string;
  let seq = 0;

  const ingest = (items: object[], apiKey = key) =>
    request(api.url).post('/v1/ingest/bulletins').set('x-api-key', apiKey).send({ items }).expect(200);
  const drain = () =>
    waitForQueuesToDrain(
      api.jobs.allQueues().filter((q) => q.name !== QUEUES.digest && q.name !== QUEUES.maintenance),
      30000,
    );
  const get = (path: string, query: object = {}) => request(api.url).get(path).query(query).set(bearer(admin.token));
  const mailTo = (email: string) => smtp.messages.filter((m) => m.envelope.to.includes(email));

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
    key = (await api.app.get(SourcesService).create('crawler')).apiKey;
    admin = await signInAdmin(api);
  });
  afterAll(async () => {
    await worker.close();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await smtp.close();
  });

  describe('why (not) matched', () => {
    const subs: Record<string, string> = {};
    let memberId: string;
    let roads: string;
    let duplicate: string;

    beforeAll(async () => {
      const m = await insertMember(api.dataSource, { email: 'why@example.test' });
      memberId = m.id;
      subs.matched = (
        await insertSubscription(api.dataSource, m.id, {
          name: '重庆道路改造',
          keywords: ['桥梁', '道路 改造'],
          regions: ['500000'],
          categories: ['tender'],
        })
      ).id;
      subs.alsoMatched = (await insertSubscription(api.dataSource, m.id, { name: '解放碑', keywords: ['解放碑'] })).id;
      subs.excluded = (
        await insertSubscription(api.dataSource, m.id, { name: '道路不要监理', keywords: ['道路'], excludeWords: ['设计', '监理'] })
      ).id;
      subs.elsewhere = (
        await insertSubscription(api.dataSource, m.id, { name: '北京道路', keywords: ['道路'], regions: ['110000', '500104'] })
      ).id;
      subs.paused = (await insertSubscription(api.dataSource, m.id, { name: '暂停的', keywords: ['道路'], pausedAt: new Date() })).id;

      const item = {
        sourceId: `w-${++seq}`,
        title: '渝中区解放碑片区道路改造工程施工招标公告',
        body: '项目编号：CQ-2026-900\n预算金额：350万元\n招标人：重庆市渝中区住房和城乡建设委员会\n本项目含施工监理。',
        regionText: '重庆-渝中-',
        buyer: '重庆市渝中区住房和城乡建设委员会',
        publishedAt: '2026-11-25',
      };
      roads = (await ingest([item])).body.results[0].bulletinId;
      const partner = await api.app.get(SourcesService).create('partner');
      duplicate = (await ingest([{ ...item, sourceId: 'p-1' }], partner.apiKey)).body.results[0].bulletinId;
      await drain();
      await eventually(async () => mailTo('why@example.test').length === 1, 15000, 'alert email');
      await drain();
    });

    const why = async (query: object) => (await get('/v1/admin/why', query).expect(200)).body;

    it('explains a match term by term, with the match, notification and sent delivery', async () => {
      const report = await why({ subscriptionId: subs.matched, bulletinId: roads });
      expect(report.bulletin).toMatchObject({ id: roads, regionCode: '500103', canonicalId: null });
      const [{ explanation, outcome }] = report.results;
      expect(explanation).toMatchObject({ filter: 'match', verdict: 'match', hits: ['道路 改造'], reasons: [] });
      expect(explanation.keywords.entries).toEqual([
        { entry: '桥梁', hit: false, parts: [{ term: '桥梁', inTitle: false, inBody: false, found: false, hit: null }] },
        {
          entry: '道路 改造',
          hit: true,
          parts: [
            {
              term: '道路',
              inTitle: true,
              inBody: false,
              found: true,
              hit: { aligned: true, place: 'title', sentence: '渝中区解放碑片区道路改造工程施工招标公告' },
            },
            {
              term: '改造',
              inTitle: true,
              inBody: false,
              found: true,
              hit: { aligned: true, place: 'title', sentence: '渝中区解放碑片区道路改造工程施工招标公告' },
            },
          ],
        },
      ]);
      expect(explanation.region).toMatchObject({
        verdict: 'pass',
        bulletin: { code: '500103', ancestors: ['500103', '500100', '500000'] },
        subscription: [{ code: '500000', covers: true, relation: 'contains' }],
      });
      expect(explanation.budget).toMatchObject({ verdict: 'not_required', bulletinYuan: 3500000 });
      expect(outcome.match).toMatchObject({ hits: ['道路 改造'] });
      expect(outcome.notifications).toEqual([
        expect.objectContaining({
          channel: 'email',
          status: 'assigned',
          delivery: expect.objectContaining({ status: 'sent', sentAt: expect.any(String), kind: 'instant' }),
        }),
      ]);
      // Two of the member's subscriptions caught it; they were told once.
      expect(outcome.deduplicated).toEqual({ reason: 'already_notified', otherSubscriptionIds: [subs.alsoMatched] });
    });

    it('names the exclude word that blocked a bulletin', async () => {
      const [{ explanation, outcome }] = (await why({ subscriptionId: subs.excluded, bulletinId: roads })).results;
      expect(explanation).toMatchObject({ filter: 'no_match', hits: ['道路'], reasons: ['excluded by "监理"'] });
      expect(explanation.excludes).toMatchObject({ verdict: 'fail', blockedBy: ['监理'] });
      expect(explanation.excludes.entries[1].parts).toEqual([
        { term: '监理', inTitle: false, inBody: true, found: true, hit: expect.objectContaining({ aligned: true, place: 'opening' }) },
      ]);
      expect(outcome).toMatchObject({
        match: null,
        deduplicated: null,
        notifications: [expect.objectContaining({ channel: 'email', delivery: expect.objectContaining({ status: 'sent' }) })],
      });
      expect(outcome.notes).toEqual([expect.stringMatching(/^not caught by this subscription; the member heard of it through /)]);
      expect(outcome.notes[0]).toContain(subs.matched);
      expect(outcome.notes[0]).toContain(subs.alsoMatched);
    });

    it('explains a region mismatch with the bulletin path and the subscription regions', async () => {
      const [{ explanation, outcome }] = (await why({ subscriptionId: subs.elsewhere, bulletinId: roads })).results;
      expect(explanation.filter).toBe('no_match');
      expect(explanation.region).toMatchObject({
        verdict: 'fail',
        bulletin: {
          code: '500103',
          path: [
            { code: '500000', name: '重庆市' },
            { code: '500103', name: '渝中区' },
          ],
        },
        subscription: [
          { code: '110000', name: '北京市', covers: false, relation: 'none' },
          { code: '500104', covers: false },
        ],
      });
      expect(explanation.reasons).toEqual([expect.stringMatching(/^bulletin region 500103 渝中区 is outside 110000 北京市, 500104/)]);
      expect(outcome.match).toBeNull();
    });

    it('explains every subscription of a member, and agrees with what the matcher recorded', async () => {
      const report = await why({ memberId, bulletinId: roads });
      expect(report.member).toMatchObject({ id: memberId, email: 'why@example.test' });
      const byId = Object.fromEntries(report.results.map((r: { subscription: { id: string } }) => [r.subscription.id, r]));
      expect(Object.keys(byId).sort()).toEqual(Object.values(subs).sort());
      for (const r of report.results)
        expect({ id: r.subscription.id, matched: r.outcome.match !== null }).toEqual({
          id: r.subscription.id,
          matched: r.explanation.verdict === 'match',
        });
      expect(byId[subs.paused].explanation).toMatchObject({
        filter: 'match',
        verdict: 'no_match',
        reasons: ['the subscription is paused'],
      });
    });

    it('sends a cross-source duplicate back to its canonical bulletin', async () => {
      const [{ explanation, outcome }] = (await why({ subscriptionId: subs.matched, bulletinId: duplicate })).results;
      expect(explanation.verdict).toBe('match');
      expect(outcome).toMatchObject({
        bulletinId: roads,
        deduplicated: { reason: 'cross_source_duplicate', canonicalId: roads },
        match: { hits: ['道路 改造'] },
      });
    });

    it('rejects a query without exactly one of subscriptionId and memberId, and unknown ids', async () => {
      await get('/v1/admin/why', { bulletinId: roads }).expect(400);
      await get('/v1/admin/why', { bulletinId: roads, memberId, subscriptionId: subs.matched }).expect(400);
      await get('/v1/admin/why', { bulletinId: 'nope', memberId }).expect(400);
      await get('/v1/admin/why', { bulletinId: '00000000-0000-4000-8000-000000000000', memberId }).expect(404);
      await get('/v1/admin/why', { bulletinId: roads, subscriptionId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    });
  });

  describe('retrying a failed delivery', () => {
    it('sends the email after an admin retry', async () => {
      const m = await insertMember(api.dataSource, { email: 'retry@example.test' });
      await insertSubscription(api.dataSource, m.id, { name: '污水', keywords: ['污水'] });
      smtp.failNext(451, '4.3.0 try again later');
      await ingest([
        {
          sourceId: `r-${++seq}`,
          title: '成都市污水处理厂提标改造招标公告',
          body: '预算金额：80万元',
          regionText: '四川-成都-',
          buyer: '成都市水务局',
          publishedAt: '2026-11-25',
        },
      ]);

      // The first attempt fails (451). Then BullMQ "gives up": the pending retry job goes and the
      // row is marked failed as the final-failure hook does after the last attempt.
      const queue = api.jobs.queue(QUEUES.delivery);
      const deliveryId = await eventually(
        async () => {
          const [d] = await api.dataSource.getRepository(Delivery).findBy({ memberId: m.id });
          return d?.status === 'pending' && d.attempts === 1 && d.error ? d.id : null;
        },
        15000,
        'first attempt failed',
      );
      for (const job of await queue.getJobs(['delayed', 'waiting'])) if (job.data.deliveryId === deliveryId) await job.remove();
      expect(await api.app.get(DeliveriesRepository).claimForFailure(deliveryId)).toBe(true);
      expect(mailTo('retry@example.test')).toHaveLength(0);

      const failed = await get(`/v1/admin/deliveries/${deliveryId}`).expect(200);
      expect(failed.body).toMatchObject({
        status: 'failed',
        attempts: 1,
        error: expect.stringContaining('451'),
        bulletins: [{ title: '成都市污水处理厂提标改造招标公告', subscriptions: [{ name: '污水', hits: ['污水'] }] }],
      });

      const retry = await request(api.url).post(`/v1/admin/deliveries/${deliveryId}/retry`).set(bearer(admin.token)).expect(202);
      expect(retry.body.jobId).toBe(`delivery-${deliveryId}-a1`);
      const [mail] = await eventually(
        async () => (mailTo('retry@example.test').length ? mailTo('retry@example.test') : null),
        15000,
        'retried email',
      );
      expect(mail.text).toContain('成都市污水处理厂提标改造招标公告');
      await drain();
      const sent = await get(`/v1/admin/deliveries/${deliveryId}`).expect(200);
      expect(sent.body).toMatchObject({
        status: 'sent',
        attempts: 2,
        error: null,
        providerMessageId: expect.any(String),
        subject: mail.subject,
      });
      expect(mailTo('retry@example.test')).toHaveLength(1);

      // The admin sees the message as the member got it, from the same composer and templates.
      const message = await get(`/v1/admin/deliveries/${deliveryId}/message`).expect(200);
      expect(message.body.subject).toBe(mail.subject);
      expect(message.body.text).toContain('成都市污水处理厂提标改造招标公告');
      expect(message.body.html).toContain('处理厂提标改造');

      const [audit] = (await get('/v1/admin/audit', { action: 'delivery.retry', targetId: deliveryId }).expect(200)).body.items;
      expect(audit).toMatchObject({
        actorId: admin.id,
        before: { status: 'failed', attempts: 1 },
        after: { status: 'pending', attempts: 1 },
      });
    });
  });
});
