import request from 'supertest';
import { AUDIT_ACTIONS } from '@app/domain/admin';
import { createTestApi, resetDatabase, type TestApi } from '@app/testing';
import { type AdminSession, bearer, concrete, controllerRoutes, expressRoutes, signInAdmin, signInMember } from './admin-support';

describe('admin access (every /v1/admin route: admin only)', () => {
  let api: TestApi;
  let admin: AdminSession;
  let member: AdminSession;

  beforeAll(async () => {
    api = await createTestApi({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    await resetDatabase(api.dataSource);
    admin = await signInAdmin(api);
    member = await signInMember(api);
  });
  afterAll(async () => {
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
  });

  const send = (method: string, path: string) =>
    (request(api.url) as unknown as Record<string, (p: string) => request.Test>)[method.toLowerCase()](path);

  it('finds the admin routes in the router, and the router holds no others', () => {
    const routes = controllerRoutes(api, '/v1/admin');
    expect(routes.length).toBeGreaterThanOrEqual(25);
    // What Express routes under /v1/admin is exactly what the admin controllers declare.
    expect(expressRoutes(api, '/v1/admin').sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('answers 401 without a token and 403 to a member on every admin route', async () => {
    const routes = controllerRoutes(api, '/v1/admin');
    for (const route of routes) {
      const path = concrete(route.path);
      const anonymous = await send(route.method, path);
      expect({ route: `${route.method} ${route.path}`, status: anonymous.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
      expect(anonymous.body).toMatchObject({ statusCode: 401, code: expect.any(String), requestId: expect.any(String) });
      const asMember = await send(route.method, path).set(bearer(member.token));
      expect({ route: `${route.method} ${route.path}`, status: asMember.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 403,
      });
      expect(asMember.body.code).toBe('forbidden');
    }
  });

  it('declares an audit action on every admin write route', () => {
    const writes = controllerRoutes(api, '/v1/admin').filter((r) => r.method !== 'GET');
    const known = new Set<string>(Object.values(AUDIT_ACTIONS));
    for (const w of writes)
      expect({ route: `${w.method} ${w.path}`, action: w.auditAction && known.has(w.auditAction) }).toEqual({
        route: `${w.method} ${w.path}`,
        action: true,
      });
    // One action per route, so a row of that action proves that route wrote it (see admin.e2e-spec).
    expect(new Set(writes.map((w) => w.auditAction)).size).toBe(writes.length);
  });

  it('lets an admin in', async () => {
    await request(api.url).get('/v1/admin/members').set(bearer(admin.token)).expect(200);
  });

  describe('queue dashboard', () => {
    it('is 401 without a dashboard session, with a bearer token only, or with a forged cookie', async () => {
      for (const path of ['/v1/admin/queues', '/v1/admin/queues/', '/v1/admin/queues/api/queues', '/v1/admin/queues/static/js/main.js']) {
        const res = await request(api.url).get(path);
        expect({ path, status: res.status }).toEqual({ path, status: 401 });
        expect(res.body.code).toBe('dashboard_session_missing');
      }
      await request(api.url).get('/v1/admin/queues/api/queues').set(bearer(admin.token)).expect(401);
      await request(api.url).get('/v1/admin/queues/api/queues').set('Cookie', 'ta_admin_queues=eyJtIjoieCJ9.forged').expect(401);
      await request(api.url).put('/v1/admin/queues/api/queues/delivery-send/pause').expect(401);
    });

    it('refuses a session to members and anonymous callers', async () => {
      await request(api.url).post('/v1/admin/queues/session').expect(401);
      await request(api.url).post('/v1/admin/queues/session').set(bearer(member.token)).expect(403);
    });

    it('opens for an admin with the session cookie and lists every queue', async () => {
      const session = await request(api.url).post('/v1/admin/queues/session').set(bearer(admin.token)).expect(200);
      const cookie = session.headers['set-cookie'][0];
      expect(cookie).toMatch(/^ta_admin_queues=[^;]+; Max-Age=\d+; Path=\/v1\/admin\/queues; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
      const pair = cookie.split(';')[0];

      const page = await request(api.url).get('/v1/admin/queues').set('Cookie', pair).expect(200);
      expect(page.text).toContain('<div id="root">');
      const queues = await request(api.url).get('/v1/admin/queues/api/queues').set('Cookie', pair).expect(200);
      const names = queues.body.queues.map((q: { name: string }) => q.name).sort();
      expect(names).toEqual(
        api.jobs
          .allQueues()
          .map((q) => q.name)
          .sort(),
      );

      // A dashboard write is audited.
      await request(api.url).put('/v1/admin/queues/api/queues/maintenance/pause').set('Cookie', pair).expect(200);
      await request(api.url).put('/v1/admin/queues/api/queues/maintenance/resume').set('Cookie', pair).expect(200);
      const audit = await request(api.url).get('/v1/admin/audit').query({ action: 'queues' }).set(bearer(admin.token)).expect(200);
      expect(audit.body.items.map((a: { action: string; targetId: string | null }) => `${a.action}:${a.targetId}`)).toEqual(
        expect.arrayContaining(['queues.session:null', 'queues.dashboard_action:maintenance']),
      );

      // Demoted: the same cookie stops working at once.
      await api.dataSource.query(`UPDATE members SET role = 'member' WHERE id = $1`, [admin.id]);
      await request(api.url).get('/v1/admin/queues/api/queues').set('Cookie', pair).expect(403);
      await api.dataSource.query(`UPDATE members SET role = 'admin' WHERE id = $1`, [admin.id]);
      // Signed out everywhere: so is the dashboard session.
      await request(api.url).post('/v1/auth/logout-all').set(bearer(admin.token)).expect(204);
      await request(api.url).get('/v1/admin/queues/api/queues').set('Cookie', pair).expect(401);
    });
  });

  it('documents every admin route in OpenAPI under the admin tag, with bearer auth and the error shape', async () => {
    const doc = (await request(api.url).get('/docs-json').expect(200)).body;
    const paths = Object.entries(
      doc.paths as Record<
        string,
        Record<
          string,
          { tags: string[]; security: unknown[]; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }
        >
      >,
    ).filter(([p]) => p.startsWith('/v1/admin'));
    const operations = paths.flatMap(([p, ops]) => Object.entries(ops).map(([m, op]) => ({ route: `${m.toUpperCase()} ${p}`, op })));
    expect(operations.length).toBe(controllerRoutes(api, '/v1/admin').length);
    for (const { route, op } of operations) {
      expect({ route, tags: op.tags }).toEqual({ route, tags: ['admin'] });
      expect({ route, security: op.security }).toEqual({ route, security: [{ bearer: [] }] });
      expect({ route, error: op.responses['403']?.content?.['application/json'].schema.$ref }).toEqual({
        route,
        error: '#/components/schemas/ApiErrorDto',
      });
    }
  });
});
