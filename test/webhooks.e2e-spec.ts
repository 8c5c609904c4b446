import { createHmac } from 'node:crypto';
import request from 'supertest';
import { Webhook } from 'standardwebhooks';
import { SecretCipher } from '@app/config';
import { Delivery } from '@app/domain';
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
import { signInAdmin } from './admin-support';
import { bearer, signUp, type SignedUp } from './support/member-sessions';

/**
 * Webhooks and chat robots end to end: api + worker in process, real Postgres, Redis and SMTP, and
 * local HTTP servers standing in for members' endpoints and for the chat platforms, each checking
 * the signature on its own (the Standard Webhooks reference verifier; DingTalk's and Feishu's
 * documented HMAC recomputed here).
 */
describe('webhooks and chat robots (api + worker + local receivers)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;
  let receiver: WebhookReceiver;
  let key: string;
  let n = 0;

  const ingest = (title: string) =>
    request(api.url)
      .post('/v1/ingest/bulletins')
      .set('x-api-key', key)
      .send({
        items: [{ sourceId: `wh-${++n}`, title: `${title}${n}`, regionText: '重庆-渝中-', buyer: '渝中区住建委', budgetYuan: 3_500_000 }],
      })
      .expect(200);

  const subscribe = (m: SignedUp, keyword: string, channels: string[]) =>
    request(api.url)
      .post('/v1/subscriptions')
      .set(bearer(m.accessToken))
      .send({ name: `${keyword}订阅`, keywords: [keyword], channels });

  const register = (m: SignedUp, body: Record<string, unknown>) =>
    request(api.url).post('/v1/webhooks').set(bearer(m.accessToken)).send(body);

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    receiver = await startWebhookReceiver();
    api = await createTestApi({
      SMTP_URL: smtp.url,
      INSTANT_WINDOW_SECONDS: '0',
      OUTBOUND_ALLOW_LOOPBACK: 'true',
      WEBHOOK_RETRY_DELAYS_MS: '200,200,200,200,200,200,200,200,200,200,200,200',
      WEBHOOK_DISABLE_AFTER_MS: '1500',
      WEBHOOK_SECRET_OVERLAP_MS: '600000',
      SWEEP_INTERVAL_MS: '1000',
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
    });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
    key = (await api.app.get(SourcesService).create('webhook-source')).apiKey;
  });
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.reply = () => ({ status: 200, body: '{}' });
  });
  afterAll(async () => {
    await worker.close();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await receiver.close();
    await smtp.close();
  });

  it('refuses endpoints on private, link-local and mapped addresses, and channels without an endpoint', async () => {
    const m = await signUp(api);
    for (const url of [
      'https://10.0.0.8/hook',
      'https://169.254.169.254/latest',
      'https://[::ffff:192.168.1.1]/h',
      'https://[fd00::1]/h',
      'https://100.64.0.1/h',
      'ftp://example.com/h',
    ]) {
      const res = await register(m, { kind: 'webhook', url }).expect(400);
      expect(res.body.code).toBe('webhook_url_refused');
    }
    expect((await subscribe(m, '道路', ['webhook']).expect(400)).body.code).toBe('channel_not_available');
    expect((await subscribe(m, '道路', ['wechat']).expect(400)).body.code).toBe('channel_not_available');
  });

  it('delivers a match as a signed JSON event the Standard Webhooks verifier accepts; the log shows it; replay resends the same id', async () => {
    const m = await signUp(api);
    const created = await register(m, { kind: 'webhook', url: `${receiver.url}/crm`, description: 'CRM' }).expect(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^whsec_/);
    expect((await request(api.url).get(`/v1/webhooks/${created.body.id}`).set(bearer(m.accessToken)).expect(200)).body).not.toHaveProperty(
      'secret',
    );
    await subscribe(m, '桥梁', ['webhook']).expect(201);
    await ingest('桥梁维修工程招标公告');

    const [got] = await receiver.waitFor(1);
    const event = new Webhook(secret).verify(got.body, got.headers as Record<string, string>) as {
      type: string;
      data: { bulletins: Array<Record<string, unknown>> };
    };
    expect(event.type).toBe('bulletins.matched');
    expect(event.data.bulletins[0]).toMatchObject({
      title: expect.stringContaining('桥梁维修工程'),
      category: expect.any(String),
      region: { code: '500103', name: expect.stringContaining('渝中') },
      budgetYuan: 3_500_000,
    });
    expect(got.headers['webhook-id']).toMatch(/^msg_/);

    const [delivery] = await api.dataSource.getRepository(Delivery).find({ where: { memberId: m.id } });
    expect(delivery).toMatchObject({ channel: 'webhook', status: 'sent' });
    const log = await eventually(
      async () => {
        const res = await request(api.url).get(`/v1/webhooks/${created.body.id}/deliveries`).set(bearer(m.accessToken)).expect(200);
        return res.body[0]?.status === 'delivered' ? res.body : null;
      },
      10000,
      'delivered in the log',
    );
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ attempts: 1, responseStatus: 200, eventType: 'bulletins.matched' });

    // Admins see where the ledger delivery stands at each endpoint.
    const admin = await signInAdmin(api);
    const perEndpoint = await request(api.url)
      .get(`/v1/admin/deliveries/${delivery.id}/webhook-messages`)
      .set(bearer(admin.token))
      .expect(200);
    expect(perEndpoint.body).toEqual([
      expect.objectContaining({ id: log[0].id, kind: 'webhook', status: 'delivered', attempts: 1, responseStatus: 200 }),
    ]);

    await request(api.url).post(`/v1/webhooks/${created.body.id}/deliveries/${log[0].id}/replay`).set(bearer(m.accessToken)).expect(202);
    const [, again] = await receiver.waitFor(2);
    expect(again.headers['webhook-id']).toBe(got.headers['webhook-id']);
    expect(again.body).toBe(got.body);
    expect(() => new Webhook(secret).verify(again.body, again.headers as Record<string, string>)).not.toThrow();
  });

  it("sends an endpoint tied to one subscription only that subscription's matches; an all-matches endpoint gets both", async () => {
    const m = await signUp(api);
    await register(m, { kind: 'webhook', url: `${receiver.url}/all` }).expect(201);
    const roads = (await subscribe(m, '栈道', ['webhook']).expect(201)).body;
    await subscribe(m, '索道', ['webhook']).expect(201);
    const scoped = await register(m, { kind: 'webhook', url: `${receiver.url}/scoped`, subscriptionId: roads.id }).expect(201);
    await ingest('栈道修缮工程招标公告');
    await ingest('索道更新工程招标公告');
    // The two may travel in one event (one instant window) or two.
    const titles = (path: string) =>
      receiver.received
        .filter((r) => r.path === path)
        .flatMap((r) => JSON.parse(r.body).data.bulletins.map((b: { title: string }) => b.title.replace(/\d+$/, '')));
    await eventually(async () => titles('/all').length >= 2 || null, 15000, 'all-matches endpoint got both');
    await new Promise((r) => setTimeout(r, 500));
    expect(titles('/scoped')).toEqual(['栈道修缮工程招标公告']);
    expect(titles('/all').sort()).toEqual(['栈道修缮工程招标公告', '索道更新工程招标公告'].sort());
    const other = await signUp(api);
    expect((await register(other, { kind: 'webhook', url: `${receiver.url}/x`, subscriptionId: roads.id }).expect(404)).body.code).toBe(
      'subscription_not_found',
    );
    expect(scoped.body.subscriptionId).toBe(roads.id);
  });

  it('signs with both secrets during a rotation overlap', async () => {
    const m = await signUp(api);
    const created = await register(m, { kind: 'webhook', url: `${receiver.url}/rotating` }).expect(201);
    const rotated = await request(api.url).post(`/v1/webhooks/${created.body.id}/rotate-secret`).set(bearer(m.accessToken)).expect(200);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    await subscribe(m, '隧道', ['webhook']).expect(201);
    await ingest('隧道工程招标公告');
    const [got] = await receiver.waitFor(1);
    expect(String(got.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const s of [created.body.secret, rotated.body.secret])
      expect(() => new Webhook(s).verify(got.body, got.headers as Record<string, string>)).not.toThrow();
  });

  it('keeps webhook and robot secrets encrypted at rest (the column never holds them) while sends still verify', async () => {
    const m = await signUp(api);
    const hook = await register(m, { kind: 'webhook', url: `${receiver.url}/at-rest` }).expect(201);
    const rotated = await request(api.url).post(`/v1/webhooks/${hook.body.id}/rotate-secret`).set(bearer(m.accessToken)).expect(200);
    const robot = await register(m, {
      kind: 'dingtalk',
      url: `${receiver.url}/ding-at-rest?access_token=t`,
      robotSecret: 'SECatrest',
    }).expect(201);
    const stored: Array<{ id: string; secret: string; previous_secret: string | null }> = await api.dataSource.query(
      `SELECT id, secret, previous_secret FROM webhook_endpoints WHERE member_id = $1`,
      [m.id],
    );
    const columns = stored.flatMap((r) => [r.secret, r.previous_secret]).filter((v): v is string => v !== null);
    expect(columns).toHaveLength(3);
    const cipher = api.app.get(SecretCipher);
    for (const v of columns) {
      expect(v).toMatch(new RegExp(`^enc:v1:${cipher.currentKeyId}:`));
      for (const plain of [hook.body.secret, rotated.body.secret, 'SECatrest']) expect(v).not.toContain(plain);
      // Not even the secret's base64 body (whsec_ is a prefix over base64) appears.
      for (const plain of [hook.body.secret, rotated.body.secret]) expect(v).not.toContain(plain.slice('whsec_'.length));
    }
    expect(stored.find((r) => r.id === robot.body.id)!.secret).not.toContain('SECatrest');

    receiver.reply = (r) =>
      r.path === '/ding-at-rest' ? { status: 200, body: '{"errcode":0,"errmsg":"ok"}' } : { status: 200, body: '{}' };
    await subscribe(m, '涵闸', ['webhook', 'robot']).expect(201);
    await ingest('涵闸修复工程招标公告');
    const got = await receiver.waitFor(2);
    const byPath = Object.fromEntries(got.map((r) => [r.path, r]));
    const event = byPath['/at-rest'];
    for (const s of [hook.body.secret, rotated.body.secret])
      expect(() => new Webhook(s).verify(event.body, event.headers as Record<string, string>)).not.toThrow();
    const ding = byPath['/ding-at-rest'];
    const ts = ding.query.get('timestamp')!;
    expect(ding.query.get('sign')).toBe(createHmac('sha256', 'SECatrest').update(`${ts}\nSECatrest`).digest('base64'));
  });

  it('retries a failing endpoint with backoff until it answers 2xx', async () => {
    const m = await signUp(api);
    const created = await register(m, { kind: 'webhook', url: `${receiver.url}/flaky` }).expect(201);
    let calls = 0;
    receiver.reply = () => (++calls <= 2 ? { status: 503 } : { status: 204, body: '' });
    await subscribe(m, '堤防', ['webhook']).expect(201);
    await ingest('堤防加固工程招标公告');
    const got = await receiver.waitFor(3);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(got[1].at - got[0].at).toBeGreaterThanOrEqual(150);
    const [msg] = await eventually(
      async () => {
        const rows = await api.dataSource.query(`SELECT status, attempts FROM webhook_messages WHERE endpoint_id = $1`, [created.body.id]);
        return rows[0]?.status === 'delivered' ? rows : null;
      },
      10000,
      'delivered after retries',
    );
    expect(msg.attempts).toBe(3);
    expect((await request(api.url).get(`/v1/webhooks/${created.body.id}`).set(bearer(m.accessToken))).body.failingSince).toBeNull();
  });

  it('disables an endpoint that keeps failing and tells its owner by email', async () => {
    const m = await signUp(api);
    const created = await register(m, { kind: 'webhook', url: `${receiver.url}/down` }).expect(201);
    receiver.reply = () => ({ status: 500 });
    await subscribe(m, '水闸', ['webhook']).expect(201);
    await ingest('水闸工程招标公告');
    const view = await eventually(
      async () => {
        const res = await request(api.url).get(`/v1/webhooks/${created.body.id}`).set(bearer(m.accessToken)).expect(200);
        return res.body.enabled ? null : res.body;
      },
      15000,
      'endpoint disabled',
    );
    expect(view.disabledReason).toMatch(/failing/);
    const mail = await eventually(
      async () => smtp.messages.find((x) => x.to.includes(m.email) && x.subject.includes('推送地址已停用')),
      10000,
      'owner told',
    );
    expect(mail.text).toContain('127.0.0.1');
    const [msg] = await api.dataSource.query(`SELECT status FROM webhook_messages WHERE endpoint_id = $1`, [created.body.id]);
    expect(msg.status).toBe('failed');
    // Re-enabled by its owner, it gets the next match.
    receiver.reply = () => ({ status: 200 });
    await request(api.url).patch(`/v1/webhooks/${created.body.id}`).set(bearer(m.accessToken)).send({ enabled: true }).expect(200);
  });

  it('sends a window of matches to DingTalk, Feishu and 企业微信 robots, signed as each platform checks', async () => {
    const m = await signUp(api);
    receiver.reply = (r) =>
      r.path === '/feishu' ? { status: 200, body: '{"code":0,"msg":"success"}' } : { status: 200, body: '{"errcode":0,"errmsg":"ok"}' };
    await register(m, { kind: 'dingtalk', url: `${receiver.url}/dingtalk?access_token=tok`, robotSecret: 'SECdingtalk' }).expect(201);
    await register(m, { kind: 'feishu', url: `${receiver.url}/feishu`, robotSecret: 'feishu-secret' }).expect(201);
    await register(m, { kind: 'wecom', url: `${receiver.url}/wecom?key=k` }).expect(201);
    await subscribe(m, '泵站', ['robot']).expect(201);
    await ingest('泵站改造工程招标公告');
    const got = await receiver.waitFor(3);
    const by = Object.fromEntries(got.map((r) => [r.path, r]));

    const ding = by['/dingtalk'];
    const ts = ding.query.get('timestamp')!;
    expect(Math.abs(Number(ts) - Date.now())).toBeLessThan(60_000);
    expect(ding.query.get('sign')).toBe(createHmac('sha256', 'SECdingtalk').update(`${ts}\nSECdingtalk`).digest('base64'));
    const dingBody = JSON.parse(ding.body);
    expect(dingBody.msgtype).toBe('markdown');
    expect(dingBody.markdown.text).toContain('泵站改造工程');

    const fs = JSON.parse(by['/feishu'].body);
    expect(fs.sign).toBe(createHmac('sha256', `${fs.timestamp}\nfeishu-secret`).update('').digest('base64'));
    expect(fs.card.elements[0].content).toContain('泵站改造工程');

    expect(JSON.parse(by['/wecom'].body).markdown.content).toContain('350万元');
  });

  it('records a robot that refuses the signature as failed, not retried', async () => {
    const m = await signUp(api);
    receiver.reply = () => ({ status: 200, body: '{"errcode":310000,"errmsg":"sign not match"}' });
    const created = await register(m, {
      kind: 'dingtalk',
      url: `${receiver.url}/dingtalk-bad?access_token=t`,
      robotSecret: 'wrong',
    }).expect(201);
    await subscribe(m, '渡槽', ['robot']).expect(201);
    await ingest('渡槽工程招标公告');
    const [msg] = await eventually(
      async () => {
        const rows = await api.dataSource.query(`SELECT status, attempts, error FROM webhook_messages WHERE endpoint_id = $1`, [
          created.body.id,
        ]);
        return rows[0]?.status === 'failed' ? rows : null;
      },
      10000,
      'failed',
    );
    expect(msg).toMatchObject({ attempts: 1, error: expect.stringContaining('310000') });
    expect(receiver.received).toHaveLength(1);
  });
});
