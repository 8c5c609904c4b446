import * as jwt from 'jsonwebtoken';
import request from 'supertest';
import {
  createTestApi,
  insertBulletins,
  resetDatabase,
  rsaTestKey,
  startSmtpTestServer,
  type SmtpTestServer,
  type TestApi,
} from '@app/testing';
import { bearer, signUp, type SignedUp } from './support/member-sessions';

describe('authorization (api + Postgres + Redis)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let a: SignedUp;
  let b: SignedUp;
  let subA: { id: string; updatedAt: string };
  let bulletinA: string;
  let matchA: string;
  let hookA: string;
  let hookMessageA: string;
  let watchA: string;
  let followedBulletinA: string;
  let watchedBulletinA: string;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({ SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    await resetDatabase(api.dataSource);
    [a, b] = [await signUp(api), await signUp(api)];
    subA = (
      await request(api.url)
        .post('/v1/subscriptions')
        .set(bearer(a.accessToken))
        .send({ name: 'A 的订阅', keywords: ['道路'] })
        .expect(201)
    ).body;
    const [bulletin] = await insertBulletins(api.dataSource, [{ title: '道路工程招标公告' }]);
    bulletinA = bulletin.id;
    [{ id: matchA }] = await api.dataSource.query(
      `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, '{道路}') RETURNING id`,
      [subA.id, bulletinA, a.id],
    );
    await api.dataSource.query(
      `INSERT INTO deliveries (period_month, member_id, channel, kind, period_key, due_at, status, subject, sent_at) VALUES (date_trunc('month', timezone('UTC', now()))::date, $1, 'email', 'daily', 'daily:2026-03-05', now(), 'sent', '【标讯订阅】A 的道路日报', now())`,
      [a.id],
    );
    hookA = (
      await request(api.url)
        .post('/v1/webhooks')
        .set(bearer(a.accessToken))
        .send({ kind: 'webhook', url: 'https://8.8.8.8/a-hook', description: 'A 的接收端' })
        .expect(201)
    ).body.id;
    const [delivery] = await api.dataSource.query(`SELECT id FROM deliveries WHERE member_id = $1`, [a.id]);
    [{ id: hookMessageA }] = await api.dataSource.query(
      `INSERT INTO webhook_messages (endpoint_id, delivery_id, event_type, body, status) VALUES ($1, $2, 'bulletins.matched', '{"道路":1}', 'failed') RETURNING id`,
      [hookA, delivery.id],
    );
    // Notices that reached A only through a followed project and a watched organisation.
    watchA = (
      await request(api.url)
        .post('/v1/watches')
        .set(bearer(a.accessToken))
        .send({ name: '某某道路建设有限公司', role: 'winner' })
        .expect(201)
    ).body.id;
    const [followed, watched] = await insertBulletins(api.dataSource, [{ title: '道路工程更正公告' }, { title: '道路工程中标结果公告' }]);
    [followedBulletinA, watchedBulletinA] = [followed.id, watched.id];
    const [project] = await api.dataSource.query(
      `INSERT INTO projects (key, name, category) VALUES ('p-authz-notices', '道路工程', 'tender') RETURNING id`,
    );
    await api.dataSource.query(
      `INSERT INTO follow_notices (member_id, bulletin_id, project_id, changes) VALUES ($1, $2, $3, '{项目已终止或废标}')`,
      [a.id, followedBulletinA, project.id],
    );
    await api.dataSource.query(`INSERT INTO watch_notices (member_id, bulletin_id, watch_id, role) VALUES ($1, $2, $3, 'winner')`, [
      a.id,
      watchedBulletinA,
      watchA,
    ]);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  describe("member B on member A's resources", () => {
    const attempts: Array<[string, (t: string) => request.Test]> = [
      ['read', (t) => request(api.url).get(`/v1/subscriptions/${subA.id}`).set(bearer(t))],
      ['update', (t) => request(api.url).patch(`/v1/subscriptions/${subA.id}`).set(bearer(t)).send({ name: 'taken over', keywords: [] })],
      ['delete', (t) => request(api.url).delete(`/v1/subscriptions/${subA.id}`).set(bearer(t))],
      ['pause', (t) => request(api.url).post(`/v1/subscriptions/${subA.id}/pause`).set(bearer(t))],
      ['resume', (t) => request(api.url).post(`/v1/subscriptions/${subA.id}/resume`).set(bearer(t))],
      ['preview', (t) => request(api.url).get(`/v1/subscriptions/${subA.id}/preview`).set(bearer(t))],
      ['inbox filtered by it', (t) => request(api.url).get('/v1/matches').query({ subscriptionId: subA.id }).set(bearer(t))],
      ['bulletin matched for A', (t) => request(api.url).get(`/v1/bulletins/${bulletinA}`).set(bearer(t))],
      ["mark A's match not relevant", (t) => request(api.url).post(`/v1/matches/${matchA}/not-relevant`).set(bearer(t)).send({})],
      ["undo a mark on A's match", (t) => request(api.url).delete(`/v1/matches/${matchA}/not-relevant`).set(bearer(t))],
      ["why A's match", (t) => request(api.url).get(`/v1/matches/${matchA}/why`).set(bearer(t))],
      ["fixes for A's match", (t) => request(api.url).get(`/v1/matches/${matchA}/fixes`).set(bearer(t))],
      ['read webhook', (t) => request(api.url).get(`/v1/webhooks/${hookA}`).set(bearer(t))],
      ['update webhook', (t) => request(api.url).patch(`/v1/webhooks/${hookA}`).set(bearer(t)).send({ url: 'https://8.8.4.4/stolen' })],
      ['delete webhook', (t) => request(api.url).delete(`/v1/webhooks/${hookA}`).set(bearer(t))],
      ['rotate webhook secret', (t) => request(api.url).post(`/v1/webhooks/${hookA}/rotate-secret`).set(bearer(t))],
      ['webhook delivery log', (t) => request(api.url).get(`/v1/webhooks/${hookA}/deliveries`).set(bearer(t))],
      ['webhook replay', (t) => request(api.url).post(`/v1/webhooks/${hookA}/deliveries/${hookMessageA}/replay`).set(bearer(t))],
      ['subscription feed', (t) => request(api.url).post(`/v1/subscriptions/${subA.id}/feed`).set(bearer(t))],
      ['subscription feed revoke', (t) => request(api.url).delete(`/v1/subscriptions/${subA.id}/feed`).set(bearer(t))],
      ['delete watch', (t) => request(api.url).delete(`/v1/watches/${watchA}`).set(bearer(t))],
      ['bulletin A was told of as a followed project', (t) => request(api.url).get(`/v1/bulletins/${followedBulletinA}`).set(bearer(t))],
      ['bulletin A was told of as a watched party', (t) => request(api.url).get(`/v1/bulletins/${watchedBulletinA}`).set(bearer(t))],
    ];

    it.each(attempts)('%s: 404, without the data', async (_what, attempt) => {
      const res = await attempt(b.accessToken).expect(404);
      expect(res.body).toEqual({
        statusCode: 404,
        code: expect.stringMatching(/_not_found$/),
        message: expect.any(String),
        requestId: expect.any(String),
      });
      expect(JSON.stringify(res.body)).not.toMatch(/A 的订阅|道路/);
    });

    it("left A's subscription as it was, and A still reaches all of it", async () => {
      const own = await request(api.url).get(`/v1/subscriptions/${subA.id}`).set(bearer(a.accessToken)).expect(200);
      expect(own.body).toMatchObject({ name: 'A 的订阅', keywords: ['道路'], paused: false, updatedAt: subA.updatedAt });
      await request(api.url).get(`/v1/bulletins/${bulletinA}`).set(bearer(a.accessToken)).expect(200);
      await request(api.url).get(`/v1/subscriptions/${subA.id}/preview`).set(bearer(a.accessToken)).expect(200);
      await request(api.url).get(`/v1/matches/${matchA}/why`).set(bearer(a.accessToken)).expect(200);
      await request(api.url).get(`/v1/bulletins/${followedBulletinA}`).set(bearer(a.accessToken)).expect(200);
      await request(api.url).get(`/v1/bulletins/${watchedBulletinA}`).set(bearer(a.accessToken)).expect(200);
      expect((await request(api.url).get('/v1/watches').set(bearer(a.accessToken)).expect(200)).body).toEqual([
        expect.objectContaining({ id: watchA }),
      ]);
      const inbox = (await request(api.url).get('/v1/matches').set(bearer(a.accessToken)).expect(200)).body.items;
      expect(inbox.map((i: { kind: string }) => i.kind).sort()).toEqual(['follow', 'subscription', 'watch']);
      expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM not_relevant_marks`)).toEqual([{ n: 0 }]);
      const hook = await request(api.url).get(`/v1/webhooks/${hookA}`).set(bearer(a.accessToken)).expect(200);
      expect(hook.body).toMatchObject({ url: 'https://8.8.8.8/a-hook', enabled: true });
      expect((await request(api.url).get(`/v1/webhooks/${hookA}/deliveries`).set(bearer(a.accessToken)).expect(200)).body).toEqual([
        expect.objectContaining({ id: hookMessageA, status: 'failed' }),
      ]);
    });

    it("shows B none of A's things in lists", async () => {
      expect((await request(api.url).get('/v1/subscriptions').set(bearer(b.accessToken)).expect(200)).body).toEqual([]);
      expect((await request(api.url).get('/v1/matches').set(bearer(b.accessToken)).expect(200)).body).toEqual({
        items: [],
        nextCursor: null,
      });
      expect((await request(api.url).get('/v1/webhooks').set(bearer(b.accessToken)).expect(200)).body).toEqual([]);
      expect((await request(api.url).get('/v1/watches').set(bearer(b.accessToken)).expect(200)).body).toEqual([]);
      expect((await request(api.url).get('/v1/me/held-back').set(bearer(b.accessToken)).expect(200)).body).toEqual([]);
      expect((await request(api.url).get('/v1/me').set(bearer(b.accessToken)).expect(200)).body.email).toBe(b.email);
      expect((await request(api.url).get('/v1/me/deliveries').set(bearer(b.accessToken)).expect(200)).body).toEqual([]);
      const own = await request(api.url).get('/v1/me/deliveries').set(bearer(a.accessToken)).expect(200);
      expect(own.body).toEqual([
        expect.objectContaining({ channel: 'email', kind: 'daily', status: 'sent', subject: '【标讯订阅】A 的道路日报', bulletins: 0 }),
      ]);
    });
  });

  describe('followed projects', () => {
    it('a member only ever sees and changes their own follows', async () => {
      const [project] = await api.dataSource.query(
        `INSERT INTO projects (key, name, category) VALUES ('p-authz', 'A 关注的项目', 'tender') RETURNING id`,
      );
      await request(api.url).post(`/v1/projects/${project.id}/follow`).set(bearer(a.accessToken)).send({}).expect(200);
      const mine = await request(api.url).get('/v1/me/follows').set(bearer(a.accessToken)).expect(200);
      expect(mine.body.map((f: { projectId: string }) => f.projectId)).toEqual([project.id]);
      const theirs = await request(api.url).get('/v1/me/follows').set(bearer(b.accessToken)).expect(200);
      expect(theirs.body).toEqual([]);
      // B's unfollow only ever touches B's own follow: A still follows.
      await request(api.url).delete(`/v1/projects/${project.id}/follow`).set(bearer(b.accessToken)).expect(204);
      const still = await request(api.url).get('/v1/me/follows').set(bearer(a.accessToken)).expect(200);
      expect(still.body).toHaveLength(1);
      await request(api.url).get('/v1/me/follows').expect(401);
    });
  });

  describe('access tokens', () => {
    const secret = () => api.config.auth.jwtSecret;
    const good = { issuer: 'tender-alerts', audience: 'tender-alerts-api' };
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const me = (token?: string) =>
      token === undefined ? request(api.url).get('/v1/me') : request(api.url).get('/v1/me').set('Authorization', `Bearer ${token}`);
    const code401 = async (token?: string) => (await me(token).expect(401)).body.code;

    it('accepts a genuine token', async () => {
      await me(a.accessToken).expect(200);
      await me(jwt.sign({ role: 'member', ver: 0 }, secret(), { ...good, subject: a.id, algorithm: 'HS256', expiresIn: 60 })).expect(200);
    });

    it('rejects a missing or malformed Authorization header', async () => {
      expect(await code401()).toBe('token_missing');
      expect((await request(api.url).get('/v1/me').set('Authorization', a.accessToken).expect(401)).body.code).toBe('token_missing');
      expect(await code401('not-a-jwt')).toBe('token_invalid');
    });

    it('rejects an expired token', async () => {
      const expired = jwt.sign({ role: 'member', ver: 0, exp: Math.floor(Date.now() / 1000) - 5 }, secret(), { ...good, subject: a.id });
      expect(await code401(expired)).toBe('token_expired');
    });

    it('rejects a token forged with another secret', async () => {
      expect(
        await code401(
          jwt.sign({ role: 'admin', ver: 0 }, 'a guessed secret that is long enough!!', { ...good, subject: a.id, expiresIn: 60 }),
        ),
      ).toBe('token_invalid');
    });

    it('rejects alg none', async () => {
      const payload = b64({
        sub: a.id,
        role: 'admin',
        ver: 0,
        iss: good.issuer,
        aud: good.audience,
        exp: Math.floor(Date.now() / 1000) + 60,
      });
      expect(await code401(`${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`)).toBe('token_invalid');
      expect(await code401(`${b64({ alg: 'none', typ: 'JWT' })}.${payload}`)).toBe('token_invalid');
    });

    it('rejects other algorithms: HS512 with the right secret, RS256, and an RS256 header on an HMAC signature', async () => {
      expect(
        await code401(jwt.sign({ role: 'member', ver: 0 }, secret(), { ...good, subject: a.id, algorithm: 'HS512', expiresIn: 60 })),
      ).toBe('token_invalid');
      const privateKey = rsaTestKey();
      expect(
        await code401(jwt.sign({ role: 'member', ver: 0 }, privateKey, { ...good, subject: a.id, algorithm: 'RS256', expiresIn: 60 })),
      ).toBe('token_invalid');
      const [, payload, signature] = a.accessToken.split('.');
      expect(await code401(`${b64({ alg: 'RS256', typ: 'JWT' })}.${payload}.${signature}`)).toBe('token_invalid');
    });

    it("rejects a genuine token of a deleted member, and one claiming another member's id", async () => {
      const gone = await signUp(api);
      await request(api.url).delete('/v1/me').set(bearer(gone.accessToken)).send({ password: gone.password }).expect(204);
      expect(await code401(gone.accessToken)).toBe('token_revoked');
      const [header, , signature] = a.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(a.accessToken.split('.')[1], 'base64url').toString());
      expect(await code401(`${header}.${b64({ ...claims, sub: b.id })}.${signature}`)).toBe('token_invalid');
    });
  });

  describe('rate limits', () => {
    let limited: TestApi;
    beforeAll(async () => {
      limited = await createTestApi({ SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '3' });
    });
    afterAll(() => limited.close());

    it('answers the fourth login in a minute with 429 and Retry-After', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push(
          (
            await request(limited.url)
              .post('/v1/auth/login')
              .send({ email: `nobody${i}@example.cn`, password: 'whatever it is' })
          ).status,
        );
      expect(statuses).toEqual([401, 401, 401]);
      const res = await request(limited.url).post('/v1/auth/login').send({ email: a.email, password: a.password }).expect(429);
      expect(res.body).toMatchObject({ statusCode: 429, code: 'rate_limited', requestId: expect.any(String) });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      // Other auth routes count on their own; signed-in routes are not limited by it.
      await request(limited.url).post('/v1/auth/forgot-password').send({ email: a.email }).expect(202);
      await request(limited.url).get('/v1/me').set(bearer(a.accessToken)).expect(200);
    });

    it('limits registration and code requests too', async () => {
      for (let i = 0; i < 3; i++)
        await request(limited.url)
          .post('/v1/auth/register')
          .send({ email: `rl${i}-${Date.now()}@example.cn`, password: 'long enough pw' })
          .expect(202);
      await request(limited.url)
        .post('/v1/auth/register')
        .send({ email: `rl-x-${Date.now()}@example.cn`, password: 'long enough pw' })
        .expect(429);
      for (let i = 0; i < 3; i++)
        await request(limited.url).post('/v1/me/phone/verify').set(bearer(b.accessToken)).send({ code: '123456' }).expect(400);
      await request(limited.url).post('/v1/me/phone/verify').set(bearer(b.accessToken)).send({ code: '123456' }).expect(429);
    });
  });
});
