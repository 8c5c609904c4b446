import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Delivery, Member } from '@app/domain';
import { QUEUES } from '@app/queues';
import {
  createTestApi,
  insertBulletins,
  insertMember,
  insertSubscription,
  resetDatabase,
  type SmtpTestServer,
  startSmtpTestServer,
  type TestApi,
} from '@app/testing';
import { type AdminSession, bearer, controllerRoutes, signInAdmin, signInMember } from './admin-support';

describe('admin API (members, subscriptions, sources, bulletins, deliveries, stats, audit)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let admin: AdminSession;
  let member: AdminSession;
  const as = () => bearer(admin.token);
  const get = (path: string, query: object = {}) => request(api.url).get(path).query(query).set(as());
  const post = (path: string, body?: object) => request(api.url).post(path).set(as()).send(body);
  const auditOf = async (query: object) => (await get('/v1/admin/audit', query).expect(200)).body.items as Array<Record<string, unknown>>;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://alerts.test',
      OUTBOUND_ALLOW_LOOPBACK: 'true',
    });
    await resetDatabase(api.dataSource);
    admin = await signInAdmin(api, 'ops.admin@example.cn');
    member = await signInMember(api);
  });
  afterAll(async () => {
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await smtp.close();
  });

  describe('members', () => {
    let builder: Member;
    beforeAll(async () => {
      builder = await insertMember(api.dataSource, {
        email: 'zhang.gong@cq-build.cn',
        company: '重庆城建集团有限公司',
        phone: '+8613800138000',
        displayName: '张工',
      });
    });

    it('searches by email, phone, company and name, paginated', async () => {
      for (const q of ['cq-build', '13800138000', '138 0013 8000', '城建集团', '张工']) {
        const res = await get('/v1/admin/members', { q }).expect(200);
        expect({ q, ids: res.body.items.map((m: Member) => m.id) }).toEqual({ q, ids: [builder.id] });
      }
      const page = await get('/v1/admin/members', { pageSize: 1, page: 2 }).expect(200);
      expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 1, items: [expect.any(Object)] });
      expect(page.body.items[0]).not.toHaveProperty('passwordHash');
      expect((await get('/v1/admin/members', { role: 'admin' }).expect(200)).body.items.map((m: Member) => m.email)).toEqual([
        'ops.admin@example.cn',
      ]);
      await get('/v1/admin/members', { pageSize: 1000 }).expect(400);
      await get('/v1/admin/members', { status: 'gone' }).expect(400);
    });

    it('shows a member with subscriptions and recent deliveries', async () => {
      await insertSubscription(api.dataSource, builder.id, { name: '渝中道路', keywords: ['道路'] });
      await api.dataSource.query(
        `INSERT INTO deliveries (period_month, member_id, channel, kind, period_key, due_at, status, subject) VALUES (date_trunc('month', timezone('UTC', now()))::date, $1, 'email', 'daily', '2026-11-26', now(), 'sent', '【标讯订阅】日报')`,
        [builder.id],
      );
      const res = await get(`/v1/admin/members/${builder.id}`).expect(200);
      expect(res.body).toMatchObject({
        email: 'zhang.gong@cq-build.cn',
        subscriptionCount: 1,
        subscriptions: [{ name: '渝中道路', keywords: ['道路'], memberEmail: 'zhang.gong@cq-build.cn' }],
      });
      expect(res.body.recentDeliveries).toEqual([expect.objectContaining({ status: 'sent', subject: '【标讯订阅】日报', kind: 'daily' })]);
      await get('/v1/admin/members/00000000-0000-4000-8000-000000000000').expect(404);
      await get('/v1/admin/members/not-a-uuid').expect(404);
    });

    it('suspends: sign-in refused, sessions end, pending notifications suppressed; reactivates', async () => {
      const [b] = await insertBulletins(api.dataSource, [{ title: '渝中区道路改造工程招标公告', regionCode: '500103' }]);
      await api.dataSource.query(
        `INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), 'email', 'daily')`,
        [member.id, b.id],
      );
      await request(api.url).get('/v1/me').set(bearer(member.token)).expect(200);

      const res = await post(`/v1/admin/members/${member.id}/suspend`).expect(200);
      expect(res.body.status).toBe('suspended');
      await request(api.url).get('/v1/me').set(bearer(member.token)).expect(401);
      const login = await request(api.url)
        .post('/v1/auth/login')
        .send({ email: member.email, password: 'correct horse battery' })
        .expect(403);
      expect(login.body.code).toBe('account_suspended');
      const [n] = await api.dataSource.query(`SELECT status FROM notifications WHERE member_id = $1`, [member.id]);
      expect(n.status).toBe('suppressed');
      const [audit] = await auditOf({ action: 'member.suspend', targetId: member.id });
      expect(audit).toMatchObject({
        actorId: admin.id,
        actorEmail: admin.email,
        targetType: 'member',
        before: { status: 'active' },
        after: { status: 'suspended', suppressedNotifications: 1 },
        requestId: expect.any(String),
      });

      const self = await post(`/v1/admin/members/${admin.id}/suspend`).expect(409);
      expect(self.body.code).toBe('cannot_suspend_self');

      expect((await post(`/v1/admin/members/${member.id}/reactivate`).expect(200)).body.status).toBe('active');
      const again = await request(api.url)
        .post('/v1/auth/login')
        .send({ email: member.email, password: 'correct horse battery' })
        .expect(200);
      member.token = again.body.accessToken;
    });

    it('changes the plan', async () => {
      expect(
        (await request(api.url).put(`/v1/admin/members/${builder.id}/plan`).set(as()).send({ plan: 'pro' }).expect(200)).body.plan,
      ).toBe('pro');
      const bad = await request(api.url).put(`/v1/admin/members/${builder.id}/plan`).set(as()).send({ plan: 'gold' }).expect(400);
      expect(bad.body.errors[0].field).toBe('plan');
      const [audit] = await auditOf({ action: 'member.plan', targetId: builder.id });
      expect(audit).toMatchObject({ before: { plan: 'free' }, after: { plan: 'pro' } });
    });

    it('emails a password reset link through the auth flow', async () => {
      smtp.clear();
      await post(`/v1/admin/members/${member.id}/password-reset`).expect(202);
      const [mail] = await smtp.waitForMessages(1, 10000);
      expect(mail.envelope.to).toEqual([member.email]);
      expect(mail.text).toContain('/v1/auth/reset-password?token=');
      await post(`/v1/admin/members/00000000-0000-4000-8000-000000000000/password-reset`).expect(404);
    });
  });

  describe('subscriptions', () => {
    let subId: string;
    beforeAll(async () => {
      subId = (
        await insertSubscription(api.dataSource, member.id, { name: '市政道路', keywords: ['道路', '市政 改造'], regions: ['500000'] })
      ).id;
      await insertSubscription(api.dataSource, member.id, { name: '桥梁', keywords: ['桥梁'], pausedAt: new Date() });
    });

    it('lists across members with filters', async () => {
      const mine = await get('/v1/admin/subscriptions', { memberId: member.id }).expect(200);
      expect(mine.body.total).toBe(2);
      expect((await get('/v1/admin/subscriptions', { q: '改造' }).expect(200)).body.items.map((s: { id: string }) => s.id)).toEqual([
        subId,
      ]);
      expect(
        (await get('/v1/admin/subscriptions', { paused: 'true' }).expect(200)).body.items.map((s: { name: string }) => s.name),
      ).toEqual(['桥梁']);
      expect((await get('/v1/admin/subscriptions', { region: '500000', email: member.email }).expect(200)).body.total).toBe(1);
      await get('/v1/admin/subscriptions', { paused: 'maybe' }).expect(400);
      const one = await get(`/v1/admin/subscriptions/${subId}`).expect(200);
      expect(one.body).toMatchObject({ id: subId, memberId: member.id, memberEmail: member.email, paused: false });
    });

    it('edits with the member API validation and plan limits', async () => {
      const blank = await request(api.url)
        .patch(`/v1/admin/subscriptions/${subId}`)
        .set(as())
        .send({ keywords: ['道路', ''] })
        .expect(400);
      expect(blank.body.errors.map((e: { field: string }) => e.field)).toContain('keywords');
      const region = await request(api.url)
        .patch(`/v1/admin/subscriptions/${subId}`)
        .set(as())
        .send({ regions: ['999999'] })
        .expect(400);
      expect(region.body.errors[0].field).toBe('regions.0');
      await request(api.url).patch(`/v1/admin/subscriptions/${subId}`).set(as()).send({ memberId: admin.id }).expect(400);
      const over = await request(api.url)
        .patch(`/v1/admin/subscriptions/${subId}`)
        .set(as())
        .send({ keywords: Array.from({ length: 11 }, (_, i) => `词${i}`) })
        .expect(422);
      expect(over.body.code).toBe('plan_keyword_limit');
      const sms = await request(api.url)
        .patch(`/v1/admin/subscriptions/${subId}`)
        .set(as())
        .send({ channels: ['sms'] })
        .expect(400);
      expect(sms.body.code).toBe('sms_not_available');

      const ok = await request(api.url)
        .patch(`/v1/admin/subscriptions/${subId}`)
        .set(as())
        .send({ keywords: ['道路', '桥梁'], excludeWords: ['监理'] })
        .expect(200);
      expect(ok.body).toMatchObject({ keywords: ['道路', '桥梁'], excludeWords: ['监理'], name: '市政道路' });
      const [audit] = await auditOf({ action: 'subscription.update', targetId: subId });
      expect(audit).toMatchObject({
        before: { keywords: ['道路', '市政 改造'], excludeWords: [] },
        after: { keywords: ['道路', '桥梁'], excludeWords: ['监理'] },
      });
    });

    it('pauses, resumes and deletes', async () => {
      expect((await post(`/v1/admin/subscriptions/${subId}/pause`).expect(200)).body.paused).toBe(true);
      expect((await post(`/v1/admin/subscriptions/${subId}/resume`).expect(200)).body.paused).toBe(false);
      await request(api.url).delete(`/v1/admin/subscriptions/${subId}`).set(as()).expect(204);
      await get(`/v1/admin/subscriptions/${subId}`).expect(404);
      const actions = (await auditOf({ targetId: subId })).map((a) => a.action);
      expect(actions).toEqual(['subscription.delete', 'subscription.resume', 'subscription.pause', 'subscription.update']);
      const [deleted] = await auditOf({ action: 'subscription.delete' });
      expect(deleted.before).toMatchObject({ name: '市政道路', memberId: member.id });
    });
  });

  describe('sources', () => {
    const bulletin = (sourceId: string) => ({
      sourceId,
      title: '渝中区道路改造工程施工招标公告',
      regionText: '重庆-渝中-',
      publishedAt: '2026-11-20',
    });

    it('creates a source with a key shown once, counts its bulletins, issues and revokes keys', async () => {
      const created = await post('/v1/admin/sources', { name: 'cq-crawler' }).expect(201);
      const { source, key } = created.body;
      expect(key.apiKey).toMatch(/^ta_[0-9a-f]{12}_/);
      expect(key.apiKey).toContain(key.prefix);
      await post('/v1/admin/sources', { name: 'cq-crawler' }).expect(409);
      await post('/v1/admin/sources', { name: 'bad name!' }).expect(400);

      await request(api.url)
        .post('/v1/ingest/bulletins')
        .set('x-api-key', key.apiKey)
        .send({ items: [bulletin('a-1'), bulletin('a-2')] })
        .expect(200);
      const [listed] = (await get('/v1/admin/sources').expect(200)).body.filter((s: { id: string }) => s.id === source.id);
      expect(listed).toMatchObject({
        name: 'cq-crawler',
        bulletinsTotal: 2,
        bulletinsLast24h: 2,
        lastSeenAt: expect.any(String),
        keys: [{ id: key.id, prefix: key.prefix, lastUsedAt: expect.any(String), revokedAt: null }],
      });
      expect(JSON.stringify(listed)).not.toContain(key.apiKey);

      const second = (await post(`/v1/admin/sources/${source.id}/keys`).expect(201)).body;
      await request(api.url)
        .post('/v1/ingest/bulletins')
        .set('x-api-key', second.apiKey)
        .send({ items: [bulletin('a-3')] })
        .expect(200);
      const revoked = await post(`/v1/admin/sources/${source.id}/keys/${key.id}/revoke`).expect(200);
      expect(revoked.body.revokedAt).not.toBeNull();
      await request(api.url)
        .post('/v1/ingest/bulletins')
        .set('x-api-key', key.apiKey)
        .send({ items: [bulletin('a-4')] })
        .expect(401);
      expect((await post(`/v1/admin/sources/${source.id}/keys/${key.id}/revoke`).expect(409)).body.code).toBe('api_key_revoked');
      await post(`/v1/admin/sources/${source.id}/keys/${randomUUID()}/revoke`).expect(404);

      const audit = await auditOf({ action: 'source' });
      expect(audit.map((a) => a.action)).toEqual(['source.key_revoke', 'source.key_issue', 'source.create']);
      // The secret is everything after the prefix: it may hold "_" itself, even as its first character.
      const secret = /^ta_[a-f0-9]{12}_(.{43})$/.exec(key.apiKey)![1];
      expect(JSON.stringify(audit)).not.toContain(secret);
    });
  });

  describe('bulletins', () => {
    let roads: string;
    let bridge: string;
    beforeAll(async () => {
      const rows = await insertBulletins(api.dataSource, [
        {
          title: '渝中區解放碑道路改造工程施工招標公告',
          body: '预算金额：350万元',
          regionCode: '500103',
          category: 'tender',
          publishedAt: new Date('2026-11-20T02:00:00Z'),
        },
        {
          title: '成都市桥梁检测服务采购公告',
          body: '含道路巡检',
          regionCode: '510104',
          category: 'tender',
          publishedAt: new Date('2026-11-10T02:00:00Z'),
        },
        {
          title: '重庆市市政设施维护中标结果公告',
          body: '',
          regionCode: '500000',
          category: 'award',
          publishedAt: new Date('2026-11-21T02:00:00Z'),
        },
      ]);
      [roads, bridge] = [rows[0].id, rows[1].id];
    });

    it('searches by text in match form, region prefix, category and date range', async () => {
      const ids = async (query: object) =>
        (await get('/v1/admin/bulletins', query).expect(200)).body.items.map((b: { id: string }) => b.id);
      // Simplified query, traditional title; other bulletins of this suite mention 道路改造 too.
      expect(await ids({ q: '解放碑 道路 改造 招标' })).toEqual([roads]);
      expect(await ids({ q: '道路 改造' })).toEqual(expect.arrayContaining([roads]));
      expect(await ids({ q: '道路' })).not.toContain(bridge);
      expect(await ids({ q: '道路', scope: 'title_body' })).toEqual(expect.arrayContaining([roads, bridge]));
      expect(await ids({ q: '巡检', scope: 'title_body' })).toEqual([bridge]);
      expect(await ids({ region: '510000' })).toEqual([bridge]);
      expect(await ids({ region: '500000', category: 'award' })).toHaveLength(1);
      expect(await ids({ region: '5001', from: '2026-11-20T01:00:00Z', to: '2026-11-21T00:00:00Z' })).toEqual([roads]);
      expect(await ids({ region: '5001', from: '2026-11-20T03:00:00Z' })).not.toContain(roads);
      await get('/v1/admin/bulletins', { from: 'yesterday' }).expect(400);
      await get('/v1/admin/bulletins', { region: '5' }).expect(400);
      const [first] = (await get('/v1/admin/bulletins', { q: '解放碑' }).expect(200)).body.items;
      expect(first).toMatchObject({ region: { code: '500103', name: '渝中区' }, sourceName: 'fixtures', withdrawnAt: null });
    });

    it('shows counts and withdraws: unsent notifications suppressed, sent ones kept', async () => {
      const sub = await insertSubscription(api.dataSource, member.id, { name: '道路' });
      const other = await insertMember(api.dataSource);
      const [delivery] = await api.dataSource.query(
        `INSERT INTO deliveries (period_month, member_id, channel, kind, period_key, due_at, status) VALUES (date_trunc('month', timezone('UTC', now()))::date, $1, 'email', 'instant', 'w1', now(), 'sent') RETURNING id`,
        [other.id],
      );
      await api.dataSource.query(
        `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, '{道路}')`,
        [sub.id, roads, member.id],
      );
      await api.dataSource.query(
        `INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency, status, delivery_id) VALUES ($1, $3, (SELECT ledger_month FROM bulletins WHERE id = $3), 'email', 'daily', 'pending', NULL), ($2, $3, (SELECT ledger_month FROM bulletins WHERE id = $3), 'email', 'instant', 'assigned', $4)`,
        [member.id, other.id, roads, delivery.id],
      );
      const view = await get(`/v1/admin/bulletins/${roads}`).expect(200);
      expect(view.body).toMatchObject({
        matchCount: 1,
        notificationCount: 2,
        notificationsByStatus: { pending: 1, assigned: 1 },
        duplicateIds: [],
        body: '预算金额：350万元',
      });

      const res = await post(`/v1/admin/bulletins/${roads}/withdraw`).expect(200);
      expect(res.body).toMatchObject({ withdrawnAt: expect.any(String), suppressedNotifications: 1 });
      expect((await get(`/v1/admin/bulletins/${roads}`).expect(200)).body.notificationsByStatus).toEqual({ suppressed: 1, assigned: 1 });
      const again = await post(`/v1/admin/bulletins/${roads}/withdraw`).expect(200);
      expect(again.body).toEqual({ withdrawnAt: res.body.withdrawnAt, suppressedNotifications: 0 });
      expect((await get('/v1/admin/bulletins', { withdrawn: 'true' }).expect(200)).body.items.map((b: { id: string }) => b.id)).toEqual([
        roads,
      ]);
    });
  });

  describe('deliveries (without a worker: the retry is enqueued)', () => {
    let failed: string;
    const insertDelivery = async (memberId: string, status: string, channel = 'email', key = String(Math.random())) =>
      (
        await api.dataSource.query(
          `INSERT INTO deliveries (period_month, member_id, channel, kind, period_key, due_at, status, attempts, error, subject) VALUES (date_trunc('month', timezone('UTC', now()))::date, $1, $2, 'instant', $3, now(), $4, 8, 'connection timeout', '【标讯订阅】1条') RETURNING id`,
          [memberId, channel, key, status],
        )
      )[0].id as string;

    beforeAll(async () => {
      failed = await insertDelivery(member.id, 'failed');
      const [b] = await insertBulletins(api.dataSource, [{ title: '南岸区污水管网招标公告', regionCode: '500108' }]);
      const sub = await insertSubscription(api.dataSource, member.id, { name: '污水', keywords: ['污水'] });
      await api.dataSource.query(
        `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, '{污水}')`,
        [sub.id, b.id, member.id],
      );
      await api.dataSource.query(
        `INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency, status, delivery_id) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), 'email', 'instant', 'assigned', $3)`,
        [member.id, b.id, failed],
      );
    });

    it('lists by status and shows what a delivery carried', async () => {
      const list = await get('/v1/admin/deliveries', { status: 'failed', channel: 'email', memberId: member.id }).expect(200);
      expect(list.body.items.map((d: { id: string }) => d.id)).toEqual([failed]);
      expect(list.body.items[0]).toMatchObject({ memberEmail: member.email, attempts: 8, error: 'connection timeout', bulletinCount: 1 });
      const one = await get(`/v1/admin/deliveries/${failed}`).expect(200);
      expect(one.body).toMatchObject({
        subject: '【标讯订阅】1条',
        bulletins: [{ title: '南岸区污水管网招标公告', notificationStatus: 'assigned', subscriptions: [{ name: '污水', hits: ['污水'] }] }],
      });
    });

    it('retries one failed delivery with a fresh job id, and refuses one that is not failed', async () => {
      const res = await post(`/v1/admin/deliveries/${failed}/retry`).expect(202);
      expect(res.body).toEqual({ id: failed, attempts: 8, jobId: `delivery-${failed}-a8` });
      const job = await api.jobs.queue(QUEUES.delivery).getJob(`delivery-${failed}-a8`);
      expect(job?.data).toEqual({ deliveryId: failed });
      expect(await api.dataSource.getRepository(Delivery).findOneByOrFail({ id: failed })).toMatchObject({
        status: 'pending',
        error: null,
      });
      const again = await post(`/v1/admin/deliveries/${failed}/retry`).expect(409);
      expect(again.body.code).toBe('delivery_not_retryable');
    });

    it('retries in bulk by filter', async () => {
      const other = await insertMember(api.dataSource);
      const a = await insertDelivery(other.id, 'failed');
      const b = await insertDelivery(other.id, 'failed');
      const sms = await insertDelivery(other.id, 'failed', 'sms');
      const bounced = await insertDelivery(other.id, 'bounced');
      const res = await post('/v1/admin/deliveries/retry', { channel: 'email', memberId: other.id }).expect(202);
      expect(res.body.retried).toBe(2);
      expect(res.body.deliveries.map((d: { id: string }) => d.id).sort()).toEqual([a, b].sort());
      const status = async (id: string) => (await api.dataSource.getRepository(Delivery).findOneByOrFail({ id })).status;
      expect([await status(sms), await status(bounced)]).toEqual(['failed', 'bounced']);
      expect((await post('/v1/admin/deliveries/retry', { status: 'bounced', memberId: other.id }).expect(202)).body.retried).toBe(1);
      await post('/v1/admin/deliveries/retry', { status: 'sent' }).expect(400);
      await post('/v1/admin/deliveries/retry', { limit: 5000 }).expect(400);
      expect((await auditOf({ action: 'delivery.bulk_retry' })).map((x) => x.targetId).sort()).toEqual([a, b, bounced].sort());
    });
  });

  describe('stats', () => {
    it('counts per day, queue depths, bounces and unsubscribes', async () => {
      await api.dataSource.query(`UPDATE members SET email_enabled = false WHERE email = 'zhang.gong@cq-build.cn'`);
      await api.dataSource.query(`UPDATE members SET email_bounced_at = now() WHERE id = $1`, [member.id]);
      const res = await get('/v1/admin/stats').expect(200);
      expect(res.body.days).toHaveLength(30);
      const today = res.body.days[29];
      expect(today.date).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()));
      const [{ n: bulletins }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM bulletins`);
      expect(today.bulletins).toBe(bulletins);
      const [{ n: matches }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM matches`);
      expect(today.matches).toBe(matches);
      expect(today.deliveries.email).toMatchObject({ sent: 2, pending: expect.any(Number) });
      expect(res.body.totals).toMatchObject({ unsubscribedMembers: 1, bouncedMembers: 1, members: { active: expect.any(Number) } });
      expect(res.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(
        api.jobs
          .allQueues()
          .map((q) => q.name)
          .sort(),
      );
      expect(res.body.queues.find((q: { name: string }) => q.name === QUEUES.delivery).waiting).toBeGreaterThanOrEqual(1);
      expect((await get('/v1/admin/stats', { days: 7, timezone: 'UTC' }).expect(200)).body.days).toHaveLength(7);
      await get('/v1/admin/stats', { timezone: 'Mars/Phobos' }).expect(400);
      await get('/v1/admin/stats', { days: 0 }).expect(400);
    });
  });

  describe('projects', () => {
    it('splits notices off a project and merges projects, each audited', async () => {
      const [one, two] = await insertBulletins(api.dataSource, [{ title: '北街路灯改造招标公告' }, { title: '南街绿化养护中标公告' }]);
      const [p1] = await api.dataSource.query(
        `INSERT INTO projects (key, name, category) VALUES ('p-admin-1', '北街路灯改造', 'tender') RETURNING id`,
      );
      await api.dataSource.query(`UPDATE bulletins SET project_id = $1 WHERE id = ANY($2)`, [p1.id, [one.id, two.id]]);
      const split = await post(`/v1/admin/projects/${p1.id}/split`, { bulletinIds: [two.id] }).expect(200);
      const [{ project_id: moved }] = await api.dataSource.query(`SELECT project_id FROM bulletins WHERE id = $1`, [two.id]);
      expect(moved).toBe(split.body.newProjectId);
      await post(`/v1/admin/projects/${split.body.newProjectId}/merge`, { intoId: p1.id }).expect(200);
      const [audit] = await auditOf({ action: 'project.split', targetId: p1.id });
      expect(audit).toMatchObject({
        actorId: admin.id,
        targetType: 'project',
        after: { newProjectId: split.body.newProjectId, movedBulletinIds: [two.id] },
      });
      await post(`/v1/admin/projects/${p1.id}/merge`, { intoId: p1.id }).expect(400);
    });
  });

  describe('teams and endpoints', () => {
    it('creates, edits and deletes a team with an endpoint; switches an endpoint off and on and replays to it, each audited', async () => {
      const member = await insertMember(api.dataSource, { email: `team-${randomUUID().slice(0, 8)}@example.cn` });
      const team = await post('/v1/admin/teams', { name: '审计团队', memberIds: [member.id] }).expect(201);
      await request(api.url).patch(`/v1/admin/teams/${team.body.id}`).set(as()).send({ name: '审计团队二' }).expect(200);
      // A loopback port nothing listens on: no worker runs here, and nothing would be received if one did.
      const hook = await post(`/v1/admin/teams/${team.body.id}/webhooks`, { kind: 'webhook', url: 'http://127.0.0.1:9/hook' }).expect(201);
      await post(`/v1/admin/webhooks/${hook.body.id}/disable`).expect(200);
      await post(`/v1/admin/webhooks/${hook.body.id}/enable`).expect(200);
      const [delivery] = await api.dataSource.query(
        `INSERT INTO deliveries (member_id, channel, kind, period_key, period_month, due_at, status)
         VALUES ($1, 'team', 'instant', 'audit', date_trunc('month', timezone('UTC', now()))::date, now(), 'sent') RETURNING id`,
        [member.id],
      );
      const [message] = await api.dataSource.query(
        `INSERT INTO webhook_messages (endpoint_id, delivery_id, event_type, body, status, next_attempt_at)
         VALUES ($1, $2, 'bulletins.matched', '{}', 'failed', now()) RETURNING id`,
        [hook.body.id, delivery.id],
      );
      await post(`/v1/admin/webhooks/${hook.body.id}/deliveries/${message.id}/replay`).expect(202);
      await request(api.url).delete(`/v1/admin/teams/${team.body.id}`).set(as()).expect(204);
      const actions = (await auditOf({ action: 'team' })).map((a) => a.action);
      expect(actions).toEqual(expect.arrayContaining(['team.create', 'team.update', 'team.webhook_create', 'team.delete']));
      expect((await auditOf({ action: 'webhook', targetId: hook.body.id })).map((a) => a.action).sort()).toEqual([
        'webhook.disable',
        'webhook.enable',
        'webhook.replay',
      ]);
    });
  });

  describe('audit log', () => {
    it('filters by actor, action, target and time, and is append-only', async () => {
      await post('/v1/admin/queues/session').expect(200);
      const byEmail = await get('/v1/admin/audit', { actor: 'ops.admin' }).expect(200);
      expect(byEmail.body.total).toBeGreaterThan(10);
      expect(
        (await get('/v1/admin/audit', { actor: admin.id, action: 'member' }).expect(200)).body.items.every((a: { action: string }) =>
          a.action.startsWith('member.'),
        ),
      ).toBe(true);
      expect((await get('/v1/admin/audit', { actor: 'nobody@example.cn' }).expect(200)).body.total).toBe(0);
      expect((await get('/v1/admin/audit', { from: new Date(Date.now() + 60_000).toISOString() }).expect(200)).body.total).toBe(0);
      expect((await get('/v1/admin/audit', { to: new Date(Date.now() - 3600_000).toISOString() }).expect(200)).body.total).toBe(0);
      await get('/v1/admin/audit', { action: 'DROP TABLE' }).expect(400);
      await expect(api.dataSource.query(`UPDATE audit_logs SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(api.dataSource.query(`DELETE FROM audit_logs`)).rejects.toThrow(/append-only/);
    });

    it('holds a row for every admin write route exercised above', async () => {
      const writes = controllerRoutes(api, '/v1/admin').filter((r) => r.method !== 'GET');
      const [{ actions }] = await api.dataSource.query(`SELECT array_agg(DISTINCT action) AS actions FROM audit_logs`);
      for (const w of writes)
        expect({ route: `${w.method} ${w.path}`, audited: actions.includes(w.auditAction) }).toEqual({
          route: `${w.method} ${w.path}`,
          audited: true,
        });
    });
  });
});
