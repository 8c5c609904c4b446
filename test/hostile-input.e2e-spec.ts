import * as jwt from 'jsonwebtoken';
import request from 'supertest';
import { Bulletin, signToken } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { createTestApi, resetDatabase, type TestApi } from '@app/testing';
import { bearer, signInAdmin, signInMember, type AdminSession } from './admin-support';

// Inputs that once answered 500 (and in ingest lost the whole batch); each is answered 4xx now.
const NUL = 'a\u0000b';
const LONE_SURROGATE = 'x\ud800y';
const nested = (depth: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
};

const ERROR_SHAPE = {
  statusCode: expect.any(Number),
  code: expect.any(String),
  message: expect.any(String),
  requestId: expect.any(String),
};

describe('hostile input: per-item contract and 4xx for every bad input', () => {
  let api: TestApi;
  let key: string;
  let member: AdminSession;
  let admin: AdminSession;
  const good = (sourceId: string) => ({
    sourceId,
    title: `渝中区道路改造工程招标公告 ${sourceId}`,
    body: '预算金额：350万元',
    regionText: '重庆-渝中-',
    publishedAt: '2026-03-05',
  });
  const ingest = (items: unknown[]) => request(api.url).post('/v1/ingest/bulletins').set('x-api-key', key).send({ items });

  beforeAll(async () => {
    api = await createTestApi({ RATE_LIMIT_AUTH_PER_MINUTE: '1000', RATE_LIMIT_INGEST_PER_MINUTE: '1000' });
    await resetDatabase(api.dataSource);
    key = (await api.app.get(SourcesService).create('hostile')).apiKey;
    member = await signInMember(api);
    admin = await signInAdmin(api);
  });
  afterAll(async () => {
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
  });

  it.each(['sourceId', 'title', 'body', 'bodyHtml', 'regionText', 'buyer', 'agency', 'projectCode'])(
    'a NUL in %s rejects that item only, naming the field',
    async (field) => {
      const res = await ingest([good(`ok-${field}-1`), { ...good(`bad-${field}`), [field]: NUL }, good(`ok-${field}-2`)]).expect(200);
      expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['created', 'rejected', 'created']);
      expect(res.body.results[1].errors.map((e: { field: string }) => e.field)).toContain(field);
      const stored = await api.dataSource.getRepository(Bulletin).countBy({ sourceRef: `ok-${field}-2` });
      expect(stored).toBe(1);
    },
  );

  it('an item Postgres refuses while storing is rejected; the items before and after it are stored', async () => {
    // A constraint the validation does not know stands in for any refusal we did not foresee.
    await api.dataSource.query(`ALTER TABLE bulletins ADD CONSTRAINT ck_test_refuse CHECK (buyer IS DISTINCT FROM 'refuse me')`);
    try {
      const res = await ingest([good('refuse-1'), { ...good('refuse-2'), buyer: 'refuse me' }, good('refuse-3')]).expect(200);
      expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['created', 'rejected', 'created']);
      expect(res.body.results[1].errors[0].message).toMatch(/could not be stored/);
      const refs = await api.dataSource.query(`SELECT source_ref FROM bulletins WHERE source_ref LIKE 'refuse-%' ORDER BY source_ref`);
      expect(refs.map((r: { source_ref: string }) => r.source_ref)).toEqual(['refuse-1', 'refuse-3']);
      const jobs = await api.jobs.matchQueues[0].getJobs(['waiting', 'active', 'completed', 'delayed']);
      expect(jobs.map((j) => j.id)).toEqual(
        expect.arrayContaining([`match-${res.body.results[0].bulletinId}-v1`, `match-${res.body.results[2].bulletinId}-v1`]),
      );
    } finally {
      await api.dataSource.query(`ALTER TABLE bulletins DROP CONSTRAINT ck_test_refuse`);
    }
  });

  it('a lone surrogate in an ingest text field is rejected, the rest stored', async () => {
    const res = await ingest([{ ...good('sur-1'), buyer: LONE_SURROGATE }, good('sur-2')]).expect(200);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'created']);
    expect(res.body.results[0].errors[0].field).toBe('buyer');
  });

  it.each([1e16, 5e17, 1e300])('budgetYuan %d is rejected (numeric(18,2) holds less than 1e16), the rest stored', async (budgetYuan) => {
    const res = await ingest([{ ...good(`budget-${budgetYuan}`), budgetYuan }, good(`budget-ok-${budgetYuan}`)]).expect(200);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'created']);
    expect(res.body.results[0].errors[0].field).toBe('budgetYuan');
  });

  it('a budget written in the body beyond numeric(18,2) is stored without a budget instead of failing', async () => {
    const res = await ingest([{ ...good('huge-body-budget'), body: '预算金额：99999999999999999999万元' }]).expect(200);
    expect(res.body.results[0].status).toBe('created');
  });

  it('an item nested 1,500 deep inside a batch gets 400 for the body, before any transformation', async () => {
    const res = await ingest([good('deep-ok'), { ...good('deep'), extra: nested(1500) }]).expect(400);
    expect(res.body).toMatchObject({ ...ERROR_SHAPE, code: 'body_too_deep' });
  });

  it.each([
    ['POST', '/v1/auth/login'],
    ['POST', '/v1/auth/register'],
    ['POST', '/v1/auth/refresh'],
    ['POST', '/v1/subscriptions'],
    ['PATCH', '/v1/me'],
  ])('%s %s with a body nested 1,500 deep: 400 in the error shape', async (method, path) => {
    const verb = method.toLowerCase() as 'post' | 'patch';
    const agent = request(api.url);
    const res = await agent[verb](path)
      .set(bearer(member.token))
      .send({ email: nested(1500), name: nested(1500) });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ...ERROR_SHAPE, code: 'body_too_deep' });
  });

  it('a body nested within the limit is still an ordinary validation error', async () => {
    const res = await request(api.url)
      .post('/v1/auth/login')
      .send({ email: nested(20), password: 'x' })
      .expect(400);
    expect(res.body.code).toBe('validation_failed');
  });

  it.each([
    ['register', '/v1/auth/register', { email: `m${LONE_SURROGATE}@example.cn`, password: 'correct horse battery' }],
    ['login', '/v1/auth/login', { email: `m${LONE_SURROGATE}@example.cn`, password: 'correct horse battery' }],
    ['forgot-password', '/v1/auth/forgot-password', { email: `m${LONE_SURROGATE}@example.cn` }],
    ['resend-verification', '/v1/auth/resend-verification', { email: `m${LONE_SURROGATE}@example.cn` }],
    ['register with NUL', '/v1/auth/register', { email: `m${NUL}@example.cn`, password: 'correct horse battery' }],
  ])('%s: a lone surrogate or NUL in the email is a 400 naming the field', async (_what, path, body) => {
    const res = await request(api.url).post(path).send(body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(ERROR_SHAPE);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('email');
  });

  it.each([
    ['subscription name', 'post', '/v1/subscriptions', { name: NUL, keywords: ['道路'] }, 'name'],
    ['subscription keyword', 'post', '/v1/subscriptions', { name: 'ok', keywords: [NUL] }, 'keywords.0'],
    ['profile', 'patch', '/v1/me', { displayName: NUL }, 'displayName'],
    ['preview keyword', 'post', '/v1/subscriptions/preview', { keywords: [LONE_SURROGATE] }, 'keywords.0'],
  ] as const)('a NUL or lone surrogate in the %s is a 400 naming the field', async (_what, method, path, body, field) => {
    const res = await request(api.url)[method](path).set(bearer(member.token)).send(body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ...ERROR_SHAPE, code: 'validation_failed' });
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it.each(['/v1/admin/members', '/v1/admin/bulletins', '/v1/admin/subscriptions', '/v1/regions'])(
    'GET %s?q= with a NUL is a 400',
    async (path) => {
      const res = await request(api.url).get(path).query({ q: NUL }).set(bearer(admin.token));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ ...ERROR_SHAPE, code: 'validation_failed' });
    },
  );

  it('a correctly signed access token whose subject is not a UUID is a 401', async () => {
    const token = jwt.sign({ role: 'admin', ver: 0 }, api.config.auth.jwtSecret, {
      subject: "not-a-uuid'; --",
      algorithm: 'HS256',
      issuer: 'tender-alerts',
      audience: 'tender-alerts-api',
      expiresIn: 60,
    });
    for (const path of ['/v1/me', '/v1/admin/members']) {
      const res = await request(api.url).get(path).set(bearer(token));
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
      expect(res.body).toMatchObject({ ...ERROR_SHAPE, code: 'token_invalid' });
    }
  });

  it.each([
    ['member id not a UUID', { m: 'nope' }],
    ['subscription id not a UUID', { m: '00000000-0000-4000-8000-000000000000', s: 'x' }],
    ['member id a number', { m: 42 }],
  ])('an unsubscribe link with a %s answers a 404 page, GET and POST, never 500', async (_what, payload) => {
    const token = signToken('unsubscribe', payload, api.config.auth.linkSecret);
    for (const method of ['get', 'post'] as const) {
      const res = await request(api.url)[method](`/u/${token}`);
      expect({ method, status: res.status }).toEqual({ method, status: 404 });
      expect(res.headers['content-type']).toMatch(/text\/html/);
    }
  });

  it("puts a strict CSP on the api's own HTML pages, not on the UIs that bring their scripts", async () => {
    for (const path of ['/u/not-a-token', '/v1/auth/verify-email?token=x', '/v1/auth/reset-password?token=x']) {
      const res = await request(api.url).get(path).set('Accept', 'text/html');
      expect({ path, type: res.headers['content-type'] }).toEqual({ path, type: expect.stringMatching(/text\/html/) });
      expect(res.headers['content-security-policy']).toMatch(/default-src 'none'.*form-action 'self'.*frame-ancestors 'none'/);
    }
    const docs = await request(api.url).get('/docs/').expect(200);
    expect(docs.headers['content-security-policy']).toBeUndefined();
  });

  it("answers a URL beyond Node's header limit in the error shape too", async () => {
    const res = await fetch(`${api.url}/v1/regions?q=${'x'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(await res.json()).toMatchObject({
      statusCode: 431,
      code: 'headers_too_large',
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });
});
