import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { Delivery } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { createTestApi, createTestWorker, eventually, resetDatabase, type TestApi, type TestWorker } from '@app/testing';
import { bearer, signUp } from './support/member-sessions';

/**
 * WeChat end to end against a local stand-in of the 服务号 API: bind through the OAuth callback,
 * then a match goes out as a template message; a user who unfollowed (43004) is unbound.
 */
describe('WeChat template messages (api + worker + local WeChat API)', () => {
  let server: Server;
  let api: TestApi;
  let worker: TestWorker;
  let key: string;
  const sent: Array<{ touser: string; template_id: string; url: string; data: Record<string, { value: string }> }> = [];
  let unfollowed = new Set<string>();
  let n = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://wx');
        const reply = (json: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
        if (url.pathname === '/cgi-bin/token') return reply({ access_token: 'T1', expires_in: 7200 });
        if (url.pathname === '/sns/oauth2/access_token') return reply({ openid: `o-${url.searchParams.get('code')}`, access_token: 'x' });
        if (url.pathname === '/cgi-bin/message/template/send') {
          const msg = JSON.parse(body);
          if (unfollowed.has(msg.touser)) return reply({ errcode: 43004, errmsg: 'require subscribe' });
          sent.push(msg);
          return reply({ errcode: 0, errmsg: 'ok', msgid: 1000 + sent.length });
        }
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const wx = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    api = await createTestApi({
      INSTANT_WINDOW_SECONDS: '0',
      WECHAT_APP_ID: 'wxapp',
      WECHAT_APP_SECRET: 'wxsecret',
      WECHAT_TEMPLATE_ID: 'TPL-ALERT',
      WECHAT_API_URL: wx,
      WECHAT_OAUTH_URL: wx,
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
    });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
    key = (await api.app.get(SourcesService).create('wechat-source')).apiKey;
  });
  afterAll(async () => {
    await worker.close();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await new Promise<void>((r) => server.close(() => r()));
  });

  const bindVia = async (accessToken: string, code: string) => {
    const { authorizeUrl } = (await request(api.url).post('/v1/me/wechat/bind').set(bearer(accessToken)).expect(200)).body;
    const auth = new URL(authorizeUrl.replace('#wechat_redirect', ''));
    expect(auth.pathname).toBe('/connect/oauth2/authorize');
    expect(auth.searchParams.get('redirect_uri')).toMatch(/\/wechat\/oauth\/callback$/);
    const page = await request(api.url)
      .get('/wechat/oauth/callback')
      .query({ code, state: auth.searchParams.get('state') })
      .expect(200);
    expect(page.text).toContain('微信绑定成功');
  };
  const ingest = (title: string) =>
    request(api.url)
      .post('/v1/ingest/bulletins')
      .set('x-api-key', key)
      .send({ items: [{ sourceId: `wx-${++n}`, title: `${title}${n}`, regionText: '重庆-渝中-' }] })
      .expect(200);

  it('binds through the OAuth callback, refuses a forged state, and sends a match as a template message', async () => {
    const m = await signUp(api);
    await request(api.url).get('/wechat/oauth/callback').query({ code: 'c', state: 'forged.state' }).expect(400);
    await bindVia(m.accessToken, 'alice');
    expect((await request(api.url).get('/v1/me/wechat').set(bearer(m.accessToken)).expect(200)).body).toMatchObject({
      configured: true,
      bound: true,
    });
    await request(api.url)
      .post('/v1/subscriptions')
      .set(bearer(m.accessToken))
      .send({ name: '公路养护', keywords: ['公路'], channels: ['wechat'] })
      .expect(201);
    await ingest('公路养护工程招标公告');
    const d = await eventually(
      async () => (await api.dataSource.getRepository(Delivery).findOne({ where: { memberId: m.id, status: 'sent' } })) ?? null,
      15000,
      'wechat delivery sent',
    );
    expect(d).toMatchObject({ channel: 'wechat', providerMessageId: '1001' });
    expect(sent[0]).toMatchObject({
      touser: 'o-alice',
      template_id: 'TPL-ALERT',
      data: { thing1: { value: '公路养护' }, number3: { value: '1' } },
    });
    expect(sent[0].url).toMatch(/\/app\/bulletins\/[0-9a-f-]{36}$/);
  });

  it('unbinds a member who unfollowed (43004) and fails the delivery without retrying', async () => {
    const m = await signUp(api);
    await bindVia(m.accessToken, 'bob');
    await request(api.url)
      .post('/v1/subscriptions')
      .set(bearer(m.accessToken))
      .send({ name: '隧道', keywords: ['隧道'], channels: ['wechat'] })
      .expect(201);
    unfollowed = new Set(['o-bob']);
    await ingest('隧道工程招标公告');
    const d = await eventually(
      async () => (await api.dataSource.getRepository(Delivery).findOne({ where: { memberId: m.id, status: 'failed' } })) ?? null,
      15000,
      'wechat delivery failed',
    );
    expect(d.error).toContain('43004');
    expect(d.attempts).toBe(1);
    expect((await request(api.url).get('/v1/me/wechat').set(bearer(m.accessToken)).expect(200)).body.bound).toBe(false);
  });
});
