import request from 'supertest';
import { notRelevantToken } from '@app/domain';
import { createTestApi, insertBulletins, resetDatabase, startSmtpTestServer, type SmtpTestServer, type TestApi } from '@app/testing';
import { signInAdmin } from './admin-support';
import { bearer, signUp, type SignedUp } from './support/member-sessions';

// 不相关 through the real API: marks, undo, why, fixes (applied with PATCH), the signed email link, admin noise.
describe('not relevant (api + Postgres)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let a: SignedUp;
  let b: SignedUp;
  let sub: { id: string };
  const ids: Record<string, string> = {};
  const bulletins: Record<string, string> = {};
  const marksIn = async (memberId: string) =>
    api.dataSource.query(
      `SELECT subscription_id AS "subscriptionId", source, terms FROM not_relevant_marks WHERE member_id = $1 ORDER BY created_at`,
      [memberId],
    );

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({ SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    await resetDatabase(api.dataSource);
    [a, b] = [await signUp(api), await signUp(api)];
    sub = (
      await request(api.url)
        .post('/v1/subscriptions')
        .set(bearer(a.accessToken))
        .send({ name: '市政工程', keywords: ['市政', '道路'] })
        .expect(201)
    ).body;
    // Our own notices: three where 道路 is only the lights along a road (道路照明), two municipal
    // works. 市政 inside the venue's 焦作市政府 is no hit.
    const rows = await insertBulletins(api.dataSource, [
      { title: '某学校课桌椅采购公告<script>alert(1)</script>', body: '本公告在焦作市政府采购网上发布。含校内道路照明。' },
      { title: '某医院设备采购', body: '含院内道路照明。' },
      { title: '某中学道路照明改造', body: '服务期一年。' },
      { title: '解放路市政道路改造工程', body: '道路长1.2公里。' },
      { title: '城区路灯维修', body: '属市政设施养护。' },
    ]);
    ['noise1', 'noise2', 'noise3', 'works1', 'works2'].forEach((k, i) => (bulletins[k] = rows[i].id));
    for (const [key, hits] of [
      ['noise1', ['道路']],
      ['noise2', ['道路']],
      ['noise3', ['道路']],
      ['works1', ['市政', '道路']],
      ['works2', ['市政']],
    ] as const) {
      const [row] = await api.dataSource.query(
        `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, $4) RETURNING id`,
        [sub.id, bulletins[key], a.id, hits],
      );
      ids[key] = row.id;
    }
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  const mark = (token: string, matchId: string, body: object = {}) =>
    request(api.url).post(`/v1/matches/${matchId}/not-relevant`).set(bearer(token)).send(body);

  it('stores a mark once however often it is clicked, shows it in the inbox, and undoes it', async () => {
    const first = await mark(a.accessToken, ids.noise2, { reason: '只是路灯' }).expect(200);
    expect(first.body).toMatchObject({ matchId: ids.noise2, notRelevant: true, terms: ['道路'], reason: '只是路灯', created: true });
    const again = await mark(a.accessToken, ids.noise2).expect(200);
    expect(again.body).toMatchObject({ created: false, reason: '只是路灯', markedAt: first.body.markedAt });
    expect(await marksIn(a.id)).toEqual([{ subscriptionId: sub.id, source: 'app', terms: ['道路'] }]);

    const inbox = (await request(api.url).get('/v1/matches').set(bearer(a.accessToken)).expect(200)).body.items;
    expect(Object.fromEntries(inbox.map((m: { id: string; notRelevant: boolean }) => [m.id, m.notRelevant]))).toEqual({
      [ids.noise1]: false,
      [ids.noise2]: true,
      [ids.noise3]: false,
      [ids.works1]: false,
      [ids.works2]: false,
    });

    await request(api.url).delete(`/v1/matches/${ids.noise2}/not-relevant`).set(bearer(a.accessToken)).expect(204);
    await request(api.url).delete(`/v1/matches/${ids.noise2}/not-relevant`).set(bearer(a.accessToken)).expect(204);
    expect(await marksIn(a.id)).toEqual([]);
    await mark(a.accessToken, ids.noise2, { reason: 'x'.repeat(201) }).expect(400);
  });

  it("answers another member's match with 404 on every feedback route and changes nothing", async () => {
    await mark(a.accessToken, ids.noise3).expect(200);
    for (const attempt of [
      mark(b.accessToken, ids.noise1),
      request(api.url).delete(`/v1/matches/${ids.noise3}/not-relevant`).set(bearer(b.accessToken)),
      request(api.url).get(`/v1/matches/${ids.noise1}/why`).set(bearer(b.accessToken)),
      request(api.url).get(`/v1/matches/${ids.noise1}/fixes`).set(bearer(b.accessToken)),
      request(api.url).get('/v1/matches/not-a-uuid/why').set(bearer(a.accessToken)),
    ]) {
      const res = await attempt.expect(404);
      expect(res.body.code).toBe('match_not_found');
      expect(JSON.stringify(res.body)).not.toMatch(/道路|课桌椅/);
    }
    expect(await marksIn(a.id)).toEqual([{ subscriptionId: sub.id, source: 'app', terms: ['道路'] }]);
    await request(api.url).get(`/v1/matches/${ids.noise1}/why`).expect(401);
  });

  it('shows why it matched and fixes whose counts the preview confirms once applied', async () => {
    const why = (await request(api.url).get(`/v1/matches/${ids.noise1}/why`).set(bearer(a.accessToken)).expect(200)).body;
    expect(why).toMatchObject({ hits: ['道路'], stillMatches: true, subscription: { id: sub.id, scope: 'title_body' } });
    expect(why.entries.map((e: { entry: string }) => e.entry)).toEqual(['道路']);
    expect(why.entries[0].parts[0]).toMatchObject({ inTitle: false, inBody: true, counted: true });
    expect(why.entries[0].parts[0].contexts[0]).toEqual({
      place: 'body',
      sentence: '含校内道路照明。',
      start: 3,
      end: 5,
      word: '道路',
      insideLongerWord: false,
    });

    const { body } = await request(api.url).get(`/v1/matches/${ids.noise1}/fixes`).set(bearer(a.accessToken)).expect(200);
    expect(body).toMatchObject({ subscriptionId: sub.id, days: 30, matches: 5 });
    const exclude = body.fixes[0];
    // noise3 is marked (previous test): of the three 道路照明 notices it removes, one was marked.
    expect(exclude).toMatchObject({
      kind: 'exclude_word',
      term: '道路照明',
      origin: 'hit_word',
      removes: 3,
      of: 5,
      removesMarked: 1,
      patch: { excludeWords: ['道路照明'] },
    });
    // noise1, noise2 and works2 hit only in the body.
    expect(body.fixes.find((f: { kind: string }) => f.kind === 'title_only')).toMatchObject({ removes: 3 });
    // 市政 is left, a word in both works.
    expect(body.fixes.find((f: { kind: string }) => f.kind === 'drop_keyword')).toMatchObject({
      term: '道路',
      removes: 3,
      patch: { keywords: ['市政'] },
    });

    const preview = async () =>
      (await request(api.url).get(`/v1/subscriptions/${sub.id}/preview`).set(bearer(a.accessToken)).expect(200)).body.total;
    const before = await preview();
    await request(api.url).patch(`/v1/subscriptions/${sub.id}`).set(bearer(a.accessToken)).send(exclude.patch).expect(200);
    expect(before - (await preview())).toBe(exclude.removes);
    expect((await request(api.url).get(`/v1/matches/${ids.noise1}/why`).set(bearer(a.accessToken)).expect(200)).body.stillMatches).toBe(
      false,
    );
    expect((await request(api.url).get(`/v1/matches/${ids.noise1}/fixes`).set(bearer(a.accessToken)).expect(200)).body.fixes).toEqual([]);
    await request(api.url).patch(`/v1/subscriptions/${sub.id}`).set(bearer(a.accessToken)).send({ excludeWords: [] }).expect(200);
  });

  it('email link: GET only asks (escaped), POST records for every subscription that caught it and explains', async () => {
    const token = notRelevantToken(a.id, bulletins.noise1, api.config.auth.linkSecret);
    const page = await request(api.url).get(`/nr/${token}`).expect(200);
    expect(page.text).toContain('某学校课桌椅采购公告&lt;script&gt;');
    expect(page.text).not.toContain('<script>alert');
    expect(page.text).toContain('<form method="post">');
    expect(await marksIn(a.id)).toHaveLength(1);

    const done = await request(api.url).post(`/nr/${token}`).expect(200);
    expect(done.text).toContain('已标记为不相关');
    expect(done.text).toContain('含校内<mark>道路</mark>照明');
    expect(done.text).not.toContain('<mark>市政</mark>');
    expect(done.text).toMatch(/添加排除词「道路照明」：过去 30 天的 5 条匹配中会少 3 条（其中 2 条您标记过不相关）/);
    // The way into the web app, where the fixes are applied signed in (escapeHtml writes = as &#61;).
    expect(done.text.replace(/&#61;/g, '=')).toContain(`/app/inbox?subscription=${sub.id}&amp;feedback=${ids.noise1}`);
    expect(done.text).not.toContain('<script>alert');
    await request(api.url).post(`/nr/${token}`).expect(200);
    expect((await marksIn(a.id)).map((m: { source: string }) => m.source).sort()).toEqual(['app', 'email']);

    await request(api.url).get(`/nr/${token}x`).expect(404);
    await request(api.url)
      .post(`/nr/${notRelevantToken(b.id, bulletins.noise1, api.config.auth.linkSecret)}`)
      .expect(404);
    expect(await marksIn(b.id)).toEqual([]);
  });

  it('gives admins the not-relevant rate overall, per subscription and per term', async () => {
    const admin = await signInAdmin(api);
    const { body } = await request(api.url).get('/v1/admin/stats/noise').set(bearer(admin.token)).expect(200);
    // Five matches, two marked (noise3 in the app, noise1 by email).
    expect(body).toMatchObject({ days: 30, matches: 5, marks: 2, rate: 0.4, bySource: { app: 1, email: 1 } });
    expect(body.subscriptions).toEqual([
      { id: sub.id, name: '市政工程', memberId: a.id, memberEmail: a.email, matches: 5, marks: 2, rate: 0.4 },
    ]);
    // 市政 hit only the two works, never marked: only 道路 (four matches) is listed.
    expect(body.terms).toEqual([{ term: '道路', matches: 4, marks: 2, rate: 0.5 }]);
    await request(api.url).get('/v1/admin/stats/noise').query({ days: 0 }).set(bearer(admin.token)).expect(400);
    await request(api.url).get('/v1/admin/stats/noise').set(bearer(a.accessToken)).expect(403);
  });
});
