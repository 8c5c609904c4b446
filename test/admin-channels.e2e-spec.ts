import request from 'supertest';
import { Webhook } from 'standardwebhooks';
import { SourcesService } from '@app/domain/ingest';
import {
  createTestApi,
  createTestWorker,
  eventually,
  resetDatabase,
  startSmtpTestServer,
  startWebhookReceiver,
  type SmtpTestServer,
  type TestApi,
  type TestWorker,
  type WebhookReceiver,
} from '@app/testing';
import { type AdminSession, signInAdmin } from './admin-support';
import { bearer, signUp, type SignedUp } from './support/member-sessions';

/**
 * Admins over webhook and robot endpoints, and teams: api + worker in process, real Postgres,
 * Redis and SMTP, a local HTTP receiver standing in for the team's systems and group robot.
 */
describe('admin endpoints and teams (api + worker + local receiver)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;
  let receiver: WebhookReceiver;
  let admin: AdminSession;
  let key: string;
  let n = 0;

  const ingest = (title: string) =>
    request(api.url)
      .post('/v1/ingest/bulletins')
      .set('x-api-key', key)
      .send({ items: [{ sourceId: `team-${++n}`, title, regionText: '四川-成都-', buyer: '成都市住建局', budgetYuan: 1_200_000 }] })
      .expect(200);
  const subscribe = async (m: SignedUp, keyword: string, channels = ['email']) =>
    (
      await request(api.url)
        .post('/v1/subscriptions')
        .set(bearer(m.accessToken))
        .send({ name: `${keyword}订阅`, keywords: [keyword], channels })
        .expect(201)
    ).body as { id: string };
  const asAdmin = (method: 'get' | 'post' | 'patch' | 'delete', path: string) => request(api.url)[method](path).set(bearer(admin.token));
  const auditOf = async (action: string, targetId: string) =>
    (await asAdmin('get', '/v1/admin/audit').query({ action, targetId }).expect(200)).body.items as Array<Record<string, unknown>>;
  const teamMessages = (endpointId: string) =>
    api.dataSource.query<Array<{ delivery_id: string; body: string }>>(
      `SELECT delivery_id, body FROM webhook_messages WHERE endpoint_id = $1`,
      [endpointId],
    );

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    receiver = await startWebhookReceiver();
    api = await createTestApi({
      SMTP_URL: smtp.url,
      INSTANT_WINDOW_SECONDS: '0',
      OUTBOUND_ALLOW_LOOPBACK: 'true',
      WEBHOOK_RETRY_DELAYS_MS: '200,200',
      SWEEP_INTERVAL_MS: '1000',
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
    });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
    key = (await api.app.get(SourcesService).create('team-source')).apiKey;
    admin = await signInAdmin(api);
  });
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.reply = () => ({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
  });
  afterAll(async () => {
    await worker.close();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await receiver.close();
    await smtp.close();
  });

  it("sends a team's matches to its robot once per bulletin, however many members matched it; members' own channels go on as before", async () => {
    const [a, b, outsider] = [await signUp(api), await signUp(api), await signUp(api)];
    await subscribe(a, '污水管网');
    await subscribe(b, '污水管网');
    await subscribe(outsider, '污水管网');
    const team = await asAdmin('post', '/v1/admin/teams')
      .send({ name: '市政投标部', memberIds: [a.id, b.id] })
      .expect(201);
    expect(team.body).toMatchObject({ name: '市政投标部', subscriptionIds: [], endpointIds: [] });
    expect(team.body.members.map((m: { id: string }) => m.id).sort()).toEqual([a.id, b.id].sort());
    const robot = await asAdmin('post', `/v1/admin/teams/${team.body.id}/webhooks`)
      .send({ kind: 'wecom', url: `${receiver.url}/team-wecom?key=k`, description: '投标群' })
      .expect(201);
    expect(robot.body).toMatchObject({ kind: 'wecom', channel: 'robot', enabled: true, secret: null });

    await ingest('城东污水管网改造工程招标公告');
    const [got] = await receiver.waitFor(1);
    expect(got.path).toBe('/team-wecom');
    expect(JSON.parse(got.body).markdown.content).toContain('城东污水管网改造工程');
    // Both members are on the ledger's team channel; the group saw the bulletin once.
    const ledger = await api.dataSource.query<Array<{ member_id: string }>>(`SELECT member_id FROM notifications WHERE channel = 'team'`);
    expect(ledger.map((r) => r.member_id).sort()).toEqual([a.id, b.id].sort());
    await eventually(
      async () =>
        (await api.dataSource.query<unknown[]>(`SELECT 1 FROM deliveries WHERE channel = 'team' AND status = 'sent'`)).length === 2 || null,
      10000,
      'both team deliveries done',
    );
    expect(await teamMessages(robot.body.id)).toHaveLength(1);
    // Admins see the team channel in the delivery log like any other.
    const teamDeliveries = (await asAdmin('get', '/v1/admin/deliveries').query({ channel: 'team', status: 'sent' }).expect(200)).body.items;
    expect(teamDeliveries.map((d: { memberId: string }) => d.memberId).sort()).toEqual([a.id, b.id].sort());
    expect(receiver.received).toHaveLength(1);
    // Their own email still went out, to all three.
    await eventually(async () => (smtp.messages.filter((m) => m.subject.includes('污水管网')).length >= 3 ? true : null), 10000, 'emails');

    // The admin owns the endpoint, but it is not among the admin's own endpoints.
    expect((await request(api.url).get('/v1/webhooks').set(bearer(admin.token)).expect(200)).body).toEqual([]);
    expect((await request(api.url).get(`/v1/webhooks/${robot.body.id}`).set(bearer(admin.token)).expect(404)).body.code).toBe(
      'webhook_not_found',
    );
    const [created] = await auditOf('team.webhook_create', robot.body.id);
    expect(created).toMatchObject({ actorId: admin.id, after: { teamId: team.body.id, kind: 'wecom' } });
  });

  it('narrows a team to chosen subscriptions; a webhook for a team is signed with the secret shown once', async () => {
    const m = await signUp(api);
    const bridges = await subscribe(m, '人行天桥');
    await subscribe(m, '地下通道');
    const team = await asAdmin('post', '/v1/admin/teams')
      .send({ name: '桥梁组', memberIds: [m.id], subscriptionIds: [bridges.id] })
      .expect(201);
    const hook = await asAdmin('post', `/v1/admin/teams/${team.body.id}/webhooks`)
      .send({ kind: 'webhook', url: `${receiver.url}/team-crm` })
      .expect(201);
    expect(hook.body.secret).toMatch(/^whsec_/);
    receiver.reply = () => ({ status: 200, body: '{}' });

    await ingest('地下通道维修工程招标公告');
    await ingest('人行天桥新建工程招标公告');
    const [got] = await receiver.waitFor(1);
    const event = new Webhook(hook.body.secret).verify(got.body, got.headers as Record<string, string>) as {
      data: { bulletins: Array<{ title: string }> };
    };
    expect(event.data.bulletins.map((x) => x.title)).toEqual(['人行天桥新建工程招标公告']);
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.received).toHaveLength(1);

    // Someone else's subscription cannot be chosen for a team they are not in.
    const other = await signUp(api);
    const theirs = await subscribe(other, '挡土墙');
    const refused = await asAdmin('patch', `/v1/admin/teams/${team.body.id}`)
      .send({ subscriptionIds: [theirs.id] })
      .expect(400);
    expect(refused.body.errors[0].field).toBe('subscriptionIds');
    expect((await asAdmin('post', '/v1/admin/teams').send({ name: '桥梁组', memberIds: [] }).expect(409)).body.code).toBe('team_exists');
  });

  it('lists every endpoint with its log; disable, enable and replay are audited; a disabled endpoint gets nothing', async () => {
    const m = await signUp(api);
    const own = await request(api.url)
      .post('/v1/webhooks')
      .set(bearer(m.accessToken))
      .send({ kind: 'webhook', url: `${receiver.url}/member-crm` })
      .expect(201);
    await subscribe(m, '垃圾中转站', ['webhook']);
    receiver.reply = () => ({ status: 200, body: '{}' });
    await ingest('垃圾中转站建设工程招标公告');
    await receiver.waitFor(1);

    const listed = await asAdmin('get', '/v1/admin/webhooks').query({ memberId: m.id }).expect(200);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).toMatchObject({ id: own.body.id, memberId: m.id, ownerEmail: m.email, teamId: null, enabled: true });
    expect(listed.body[0]).not.toHaveProperty('secret');
    const log = await eventually(
      async () => {
        const res = await asAdmin('get', `/v1/admin/webhooks/${own.body.id}/deliveries`).expect(200);
        return res.body[0]?.status === 'delivered' ? res.body : null;
      },
      10000,
      'delivered',
    );
    expect((await asAdmin('get', '/v1/admin/webhooks').query({ teamId: '00000000-0000-4000-8000-000000000000' }).expect(200)).body).toEqual(
      [],
    );

    const disabled = await asAdmin('post', `/v1/admin/webhooks/${own.body.id}/disable`).expect(200);
    expect(disabled.body).toMatchObject({ enabled: false, disabledReason: 'disabled by an admin' });
    expect((await asAdmin('post', `/v1/admin/webhooks/${own.body.id}/deliveries/${log[0].id}/replay`).expect(409)).body.code).toBe(
      'webhook_disabled',
    );
    // The member sees it switched off.
    expect((await request(api.url).get(`/v1/webhooks/${own.body.id}`).set(bearer(m.accessToken)).expect(200)).body.enabled).toBe(false);
    receiver.received.length = 0;
    await ingest('垃圾中转站改造工程招标公告');
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.received).toHaveLength(0);

    await asAdmin('post', `/v1/admin/webhooks/${own.body.id}/enable`).expect(200);
    await asAdmin('post', `/v1/admin/webhooks/${own.body.id}/deliveries/${log[0].id}/replay`).expect(202);
    const [again] = await receiver.waitFor(1);
    expect(again.headers['webhook-id']).toBe(`msg_${log[0].id}`);

    for (const action of ['webhook.disable', 'webhook.enable', 'webhook.replay']) {
      const [entry] = await auditOf(action, own.body.id);
      expect(entry).toMatchObject({ action, targetType: 'webhook', actorId: admin.id });
    }
    expect((await auditOf('webhook.disable', own.body.id))[0]).toMatchObject({ before: { enabled: true }, after: { enabled: false } });
    expect((await asAdmin('get', '/v1/admin/webhooks/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe(
      'webhook_not_found',
    );
  });

  it('deleting a team removes its endpoints; members are untouched', async () => {
    const m = await signUp(api);
    const team = await asAdmin('post', '/v1/admin/teams')
      .send({ name: '临时组', memberIds: [m.id] })
      .expect(201);
    const robot = await asAdmin('post', `/v1/admin/teams/${team.body.id}/webhooks`)
      .send({ kind: 'wecom', url: `${receiver.url}/tmp?key=k` })
      .expect(201);
    await asAdmin('delete', `/v1/admin/teams/${team.body.id}`).expect(204);
    await asAdmin('get', `/v1/admin/webhooks/${robot.body.id}`).expect(404);
    await asAdmin('get', `/v1/admin/teams/${team.body.id}`).expect(404);
    expect((await auditOf('team.delete', team.body.id))[0]).toMatchObject({ before: { name: '临时组' } });
    await request(api.url).get('/v1/me').set(bearer(m.accessToken)).expect(200);
  });
});
