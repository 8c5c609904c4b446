import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '@app/config';
import { dataSourceOptions, runMigrations } from '@app/database';
import { createTestApi, insertBulletins, insertMember, resetDatabase, TestApi } from '@app/testing';
import { bearer, signInAdmin } from './admin-support';
import { signUp } from './support/member-sessions';

// DATABASE_REPLICA_URL points at another database holding marker rows the primary lacks: admin
// lists/searches and preview must show the marker (they read the replica), detail views must not.
describe('reads on DATABASE_REPLICA_URL', () => {
  const primaryUrl = testDatabaseUrl();
  const replicaName = `tenders_replica_${randomBytes(4).toString('hex')}`;
  const replicaUrl = Object.assign(new URL(primaryUrl), { pathname: `/${replicaName}` }).toString();
  let server: DataSource;
  let replica: DataSource;
  let api: TestApi;

  beforeAll(async () => {
    server = await new DataSource(dataSourceOptions({ database: { url: primaryUrl, poolSize: 1 } })).initialize();
    await server.query(`CREATE DATABASE ${replicaName}`);
    replica = await new DataSource(dataSourceOptions({ database: { url: replicaUrl, poolSize: 2 } })).initialize();
    await runMigrations(replica);
    api = await createTestApi({ DATABASE_REPLICA_URL: replicaUrl });
    await resetDatabase(api.dataSource);
  }, 120000);
  afterAll(async () => {
    await api?.close();
    await replica?.destroy();
    await server?.query(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
    await server?.destroy();
  });

  it('serves admin lists and searches and the preview from the replica, details from the primary', async () => {
    const admin = await signInAdmin(api);
    const auth = bearer(admin.token);
    const marker = await insertMember(replica, { email: 'replica-marker@example.test' });
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    await insertBulletins(replica, [{ title: '副本标记道路改造工程招标公告', regionCode: '500103', publishedAt: yesterday }]);
    await insertBulletins(api.dataSource, [{ title: '主库道路改造工程招标公告', regionCode: '500103', publishedAt: yesterday }]);

    const members = await request(api.url).get('/v1/admin/members').query({ q: 'replica-marker' }).set(auth).expect(200);
    expect(members.body.items.map((m: { email: string }) => m.email)).toEqual(['replica-marker@example.test']);
    // The admin signed in on the primary only: the replica's list does not know them.
    const self = await request(api.url).get('/v1/admin/members').query({ q: admin.email }).set(auth).expect(200);
    expect(self.body.items).toEqual([]);
    // A detail view (what follows a change) stays on the primary.
    await request(api.url).get(`/v1/admin/members/${marker.id}`).set(auth).expect(404);

    const bulletins = await request(api.url).get('/v1/admin/bulletins').query({ q: '道路改造' }).set(auth).expect(200);
    expect(bulletins.body.items.map((b: { title: string }) => b.title)).toEqual(['副本标记道路改造工程招标公告']);

    const member = await signUp(api);
    const preview = await request(api.url)
      .post('/v1/subscriptions/preview')
      .set(bearer(member.accessToken))
      .send({ keywords: ['道路'] })
      .expect(200);
    expect(preview.body.items.map((i: { bulletin: { title: string } }) => i.bulletin.title)).toEqual(['副本标记道路改造工程招标公告']);
  }, 120000);
});
