import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { Delivery } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { createTestApi, createTestWorker, eventually, resetDatabase, type TestApi, type TestWorker } from '@app/testing';
import { patternPng } from './support/pattern-png';
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
  // What the stand-in's qrcode/create issued: ticket → scene, as the platform remembers it for a scan.
  const tickets = new Map<string, { scene: string; expireSeconds: number }>();
  const EVENT_TOKEN = 'wxEventToken42';

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://wx');
        const reply = (json: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
        if (url.pathname === '/cgi-bin/token') return reply({ access_token: 'T1', expires_in: 7200 });
        // Temporary string-scene QR codes, as documented: a valid token, QR_STR_SCENE, a 1-64 character
        // scene, expire_seconds up to 30 days; the answer names the ticket, its lifetime and the content URL.
        if (url.pathname === '/cgi-bin/qrcode/create') {
          if (url.searchParams.get('access_token') !== 'T1') return reply({ errcode: 40001, errmsg: 'invalid credential' });
          const q = JSON.parse(body);
          const scene: unknown = q.action_info?.scene?.scene_str;
          const expire = Number(q.expire_seconds ?? 30);
          if (q.action_name !== 'QR_STR_SCENE' || typeof scene !== 'string' || scene.length < 1 || scene.length > 64)
            return reply({ errcode: 40097, errmsg: 'invalid args' });
          if (!(expire >= 60 && expire <= 2592000)) return reply({ errcode: 40097, errmsg: 'invalid expire_seconds' });
          const ticket = randomBytes(24).toString('base64');
          tickets.set(ticket, { scene, expireSeconds: expire });
          return reply({ ticket, expire_seconds: expire, url: `http://weixin.qq.com/q/${randomBytes(8).toString('hex')}` });
        }
        // The image of an issued ticket (a stand-in pattern, not a scannable code).
        if (url.pathname === '/cgi-bin/showqrcode') {
          const ticket = url.searchParams.get('ticket') ?? '';
          if (!tickets.has(ticket)) return res.writeHead(404).end();
          return res.writeHead(200, { 'content-type': 'image/png' }).end(patternPng(ticket));
        }
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
      WECHAT_MP_URL: wx,
      WECHAT_TOKEN: EVENT_TOKEN,
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

  describe('QR code bind and the 服务号 event push', () => {
    const signed = (token = EVENT_TOKEN) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = randomBytes(6).toString('hex');
      // Computed here as the platform documents it, not with the api's own helper.
      const signature = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
      return { signature, timestamp, nonce, openid: 'ignored-here' };
    };
    const eventXml = (openid: string, event: string, eventKey = '') =>
      `<xml><ToUserName><![CDATA[gh_tenders]]></ToUserName><FromUserName><![CDATA[${openid}]]></FromUserName>` +
      `<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[event]]></MsgType>` +
      `<Event><![CDATA[${event}]]></Event><EventKey><![CDATA[${eventKey}]]></EventKey><Ticket><![CDATA[t]]></Ticket></xml>`;
    const push = (xml: string, query: object = signed()) =>
      request(api.url).post('/wechat/events').query(query).set('content-type', 'text/xml').send(xml);
    const qrFor = async (accessToken: string) => {
      const qr = await request(api.url).post('/v1/me/wechat/qr').set(bearer(accessToken)).expect(200);
      const image = new URL(qr.body.qrImageUrl);
      expect(image.pathname).toBe('/cgi-bin/showqrcode');
      const issued = tickets.get(image.searchParams.get('ticket')!);
      expect(issued).toBeDefined();
      expect(issued!.scene.length).toBeLessThanOrEqual(64);
      expect(qr.body.qrImageData).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
      expect(qr.body).toMatchObject({ expiresInSeconds: 600, qrContent: expect.stringMatching(/^http:\/\/weixin\.qq\.com\/q\//) });
      return issued!.scene;
    };
    const bound = async (accessToken: string) =>
      (await request(api.url).get('/v1/me/wechat').set(bearer(accessToken)).expect(200)).body.bound;

    it('answers the URL check with echostr only when the signature is right', async () => {
      const ok = await request(api.url)
        .get('/wechat/events')
        .query({ ...signed(), echostr: '5837397146803497316' })
        .expect(200);
      expect(ok.text).toBe('5837397146803497316');
      await request(api.url)
        .get('/wechat/events')
        .query({ ...signed('anotherToken'), echostr: 'x' })
        .expect(403);
      await request(api.url).get('/wechat/events').query({ echostr: 'x' }).expect(403);
    });

    it('binds on subscribe from the QR code (qrscene_ prefix), idempotently; unsubscribe unbinds', async () => {
      const m = await signUp(api);
      const scene = await qrFor(m.accessToken);
      expect(await bound(m.accessToken)).toBe(false);
      const first = await push(eventXml('o-carol', 'subscribe', `qrscene_${scene}`)).expect(200);
      expect(first.text).toBe('success');
      expect(await bound(m.accessToken)).toBe(true);
      // The platform repeats a push: nothing changes.
      await push(eventXml('o-carol', 'subscribe', `qrscene_${scene}`)).expect(200);
      const rows = await api.dataSource.query(`SELECT openid FROM wechat_bindings WHERE member_id = $1`, [m.id]);
      expect(rows).toEqual([{ openid: 'o-carol' }]);

      await push(eventXml('o-carol', 'unsubscribe')).expect(200);
      expect(await bound(m.accessToken)).toBe(false);
      await push(eventXml('o-carol', 'unsubscribe')).expect(200);
    });

    it('binds on SCAN by a follower; a push with a bad signature, a forged or foreign scene changes nothing', async () => {
      const m = await signUp(api);
      const scene = await qrFor(m.accessToken);
      await push(eventXml('o-dave', 'SCAN', scene), signed('anotherToken')).expect(403);
      await push(eventXml('o-dave', 'SCAN', scene), {}).expect(403);
      expect(await bound(m.accessToken)).toBe(false);
      // Someone else's member id with a made-up mac, and a scene from another scheme.
      const forged = `${scene.slice(0, -16)}${'A'.repeat(16)}`;
      await push(eventXml('o-dave', 'SCAN', forged)).expect(200);
      await push(eventXml('o-dave', 'SCAN', '123')).expect(200);
      await push(eventXml('o-dave', 'subscribe')).expect(200);
      expect(await bound(m.accessToken)).toBe(false);

      await push(eventXml('o-dave', 'SCAN', scene)).expect(200);
      expect(await bound(m.accessToken)).toBe(true);
      // The same WeChat account scanning another member's code moves to that member.
      const other = await signUp(api);
      await push(eventXml('o-dave', 'SCAN', await qrFor(other.accessToken))).expect(200);
      expect([await bound(m.accessToken), await bound(other.accessToken)]).toEqual([false, true]);
    });

    it('refuses malformed XML and entity tricks with a 400, never a 500', async () => {
      const res = await push('<xml><FromUserName>').expect(400);
      expect(res.body.code).toBe('wechat_push_malformed');
      const bomb =
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
        '<xml><FromUserName>&b;</FromUserName><MsgType>event</MsgType><Event>unsubscribe</Event></xml>';
      expect([200, 400]).toContain((await push(bomb)).status);
      await push('not xml at all').expect(400);
    });
  });
});
