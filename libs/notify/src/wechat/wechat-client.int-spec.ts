import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import { WechatClient } from './wechat-client';
import { WechatError } from './wechat.errors';
import { WechatTokenStore } from './wechat-token-store';

const APP_ID = 'wx1234567890abcdef';
const SECRET = 'wechat-test-secret';

/**
 * A local stand-in for api.weixin.qq.com: /cgi-bin/token issues a new token (invalidating the
 * previous one, as WeChat does), template send checks the token and answers errcodes on demand,
 * /sns/oauth2/access_token turns a code into an openid.
 */
describe('WechatClient (local 服务号 API stand-in, shared token in Redis)', () => {
  let server: Server;
  let apiUrl: string;
  let current = '';
  let tokenCalls = 0;
  let nextErrcode: number | null = null;
  const sent: Array<Record<string, unknown>> = [];
  const redises: Redis[] = [];
  const prefix = `test-wechat-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      const handle = async () => {
        const url = new URL(req.url ?? '/', 'http://wx');
        const reply = (json: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
        if (url.pathname === '/cgi-bin/token') {
          if (url.searchParams.get('appid') !== APP_ID || url.searchParams.get('secret') !== SECRET)
            return reply({ errcode: 40125, errmsg: 'invalid appsecret' });
          tokenCalls++;
          await new Promise((r) => setTimeout(r, 100)); // slow enough for racing workers to overlap
          current = `TOKEN-${tokenCalls}`;
          return reply({ access_token: current, expires_in: 7200 });
        }
        if (url.pathname === '/cgi-bin/message/template/send') {
          if (url.searchParams.get('access_token') !== current)
            return reply({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
          if (nextErrcode !== null) {
            const errcode = nextErrcode;
            nextErrcode = null;
            return reply({ errcode, errmsg: 'scripted' });
          }
          sent.push(JSON.parse(body));
          return reply({ errcode: 0, errmsg: 'ok', msgid: 200228332 + sent.length });
        }
        if (url.pathname === '/sns/oauth2/access_token') {
          return url.searchParams.get('code') === 'good-code'
            ? reply({ access_token: 'oauth', openid: 'oOPENID123', scope: 'snsapi_base' })
            : reply({ errcode: 40029, errmsg: 'invalid code' });
        }
        res.writeHead(404).end();
      };
      req.on('end', () => void handle());
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await Promise.all(redises.map((r) => r.quit()));
    await new Promise<void>((r) => server.close(() => r()));
  });
  beforeEach(() => {
    sent.length = 0;
    nextErrcode = null;
  });

  /** A client as one worker process would have it: its own Redis connection, the shared key. */
  const worker = () => {
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    redises.push(redis);
    const store = new WechatTokenStore(redis, APP_ID, { keyPrefix: prefix, refreshMarginMs: 300_000, lockMs: 5000, waitMs: 5000 });
    return new WechatClient({ apiUrl, appId: APP_ID, appSecret: SECRET, timeoutMs: 2000 }, store);
  };
  const message = {
    openid: 'oOPENID123',
    templateId: 'TPL',
    url: 'https://alerts.example.com/app/inbox',
    data: { thing1: { value: '道路' } },
  };

  it('fetches the token once for many workers sending at the same time, and keeps it in Redis with a margin', async () => {
    const workers = [worker(), worker(), worker()];
    const results = await Promise.all(workers.flatMap((w) => [w.sendTemplate(message), w.sendTemplate(message)]));
    expect(results.every((r) => /^\d+$/.test(r.msgid))).toBe(true);
    expect(tokenCalls).toBe(1);
    expect(sent).toHaveLength(6);
    expect(sent[0]).toMatchObject({ touser: 'oOPENID123', template_id: 'TPL', data: { thing1: { value: '道路' } } });
    const ttl = await redises[0].pttl(`${prefix}:wechat:token:${APP_ID}`);
    expect(ttl).toBeGreaterThan(6000_000);
    expect(ttl).toBeLessThanOrEqual(6900_000);
  });

  it('on 40001 (token replaced elsewhere) refreshes once and sends', async () => {
    current = 'TOKEN-rotated-by-someone-else';
    const before = tokenCalls;
    await expect(worker().sendTemplate(message)).resolves.toHaveProperty('msgid');
    expect(tokenCalls).toBe(before + 1);
    expect(sent).toHaveLength(1);
  });

  it('maps 43004 to unbind, 45009 to retry later, others to permanent', async () => {
    const w = worker();
    for (const [errcode, kind] of [
      [43004, 'unfollowed'],
      [45009, 'retry'],
      [-1, 'retry'],
      [40003, 'permanent'],
      [40037, 'permanent'],
    ] as const) {
      nextErrcode = errcode;
      const err = await w.sendTemplate(message).catch((e) => e);
      expect(err).toBeInstanceOf(WechatError);
      expect([err.errcode, err.kind]).toEqual([errcode, kind]);
    }
    expect(sent).toHaveLength(0);
  });

  it('turns an OAuth code into the openid, and refuses a bad code', async () => {
    await expect(worker().openidForCode('good-code')).resolves.toBe('oOPENID123');
    await expect(worker().openidForCode('stale')).rejects.toMatchObject({ errcode: 40029, kind: 'permanent' });
  });
});
