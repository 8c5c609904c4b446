import request from 'supertest';
import { createTestApi, insertBulletins, resetDatabase, startSmtpTestServer, type SmtpTestServer, type TestApi } from '@app/testing';
import { bearer, signUp, type SignedUp } from './support/member-sessions';

const DAY = 86_400_000;

describe('member subscriptions, preview and inbox (api + Postgres + Redis)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let m: SignedUp;
  const http = () => request(api.url);
  const fieldsOf = (body: { errors?: Array<{ field: string }> }) => [...new Set((body.errors ?? []).map((e) => e.field))];

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({
      SMTP_URL: smtp.url,
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
      PLAN_FREE_SUBSCRIPTIONS: '3',
      PLAN_FREE_KEYWORDS: '10',
      PLAN_PRO_SUBSCRIPTIONS: '50',
      PLAN_PRO_KEYWORDS: '100',
    });
    await resetDatabase(api.dataSource);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });
  beforeEach(async () => {
    m = await signUp(api);
  });

  it('creates, reads, updates, pauses, resumes and deletes, moving updated_at on every change', async () => {
    const auth = bearer(m.accessToken);
    const created = await http()
      .post('/v1/subscriptions')
      .set(auth)
      .send({
        name: '  渝中区 市政道路 ',
        keywords: [' 道路 ', '道路', '市政  改造'],
        excludeWords: ['监理'],
        regions: ['500103'],
        categories: ['tender'],
        budgetMin: 1_000_000,
        frequency: 'daily',
      })
      .expect(201);
    const sub = created.body;
    expect(sub).toMatchObject({
      name: '渝中区 市政道路',
      keywords: ['道路', '市政 改造'],
      excludeWords: ['监理'],
      scope: 'title_body',
      regions: ['500103'],
      categories: ['tender'],
      stages: [],
      budgetMin: 1_000_000,
      budgetMax: null,
      requireBudget: false,
      channels: ['email'],
      frequency: 'daily',
      paused: false,
    });
    expect((await http().get('/v1/subscriptions').set(auth).expect(200)).body.map((s: { id: string }) => s.id)).toEqual([sub.id]);
    expect((await http().get(`/v1/subscriptions/${sub.id}`).set(auth).expect(200)).body).toEqual(sub);

    const changes = async () =>
      Number((await api.dataSource.query(`SELECT count(*) AS n FROM subscription_changes WHERE subscription_id = $1`, [sub.id]))[0].n);
    const before = await changes();
    const updated = (
      await http()
        .patch(`/v1/subscriptions/${sub.id}`)
        .set(auth)
        .send({ keywords: ['桥梁'], budgetMax: 9_000_000 })
        .expect(200)
    ).body;
    expect(updated).toMatchObject({ name: sub.name, keywords: ['桥梁'], budgetMin: 1_000_000, budgetMax: 9_000_000 });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(sub.updatedAt));
    // budgetMin ≤ budgetMax is checked on the merged result, naming the field.
    expect(
      fieldsOf((await http().patch(`/v1/subscriptions/${sub.id}`).set(auth).send({ budgetMin: 10_000_000 }).expect(400)).body),
    ).toEqual(['budgetMin']);

    const paused = (await http().post(`/v1/subscriptions/${sub.id}/pause`).set(auth).expect(200)).body;
    expect(paused).toMatchObject({ paused: true, pausedAt: expect.any(String) });
    expect(Date.parse(paused.updatedAt)).toBeGreaterThan(Date.parse(updated.updatedAt));
    expect((await http().post(`/v1/subscriptions/${sub.id}/pause`).set(auth).expect(200)).body.pausedAt).toBe(paused.pausedAt);
    const resumed = (await http().post(`/v1/subscriptions/${sub.id}/resume`).set(auth).expect(200)).body;
    expect(resumed).toMatchObject({ paused: false, pausedAt: null });
    // Matching hears of each change through the subscription_changes feed.
    expect(await changes()).toBeGreaterThanOrEqual(before + 3);

    await http().delete(`/v1/subscriptions/${sub.id}`).set(auth).expect(204);
    expect((await http().get(`/v1/subscriptions/${sub.id}`).set(auth).expect(404)).body.code).toBe('subscription_not_found');
    await http().delete(`/v1/subscriptions/${sub.id}`).set(auth).expect(404);
    await http().get('/v1/subscriptions/not-a-uuid').set(auth).expect(404);
  });

  it('answers nonsense with 400 naming the field', async () => {
    const post = (body: object) => http().post('/v1/subscriptions').set(bearer(m.accessToken)).send(body);
    const cases: Array<[object, string[]]> = [
      [{ name: '道路', keywords: ['道路', '  '] }, ['keywords']],
      [{ name: '道路', keywords: Array.from({ length: 500 }, (_, i) => `关键词${i}`) }, ['keywords']],
      [{ name: '道路', keywords: ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一'] }, ['keywords']],
      [{ name: 'x'.repeat(1024 * 1024) }, ['name']],
      [{ keywords: ['道路'] }, ['name']],
      [{ name: '道路', regions: ['999999'] }, ['regions.0']],
      [{ name: '道路', regions: ['500103', '5001'] }, ['regions']],
      [{ name: '道路', categories: ['lottery'] }, ['categories']],
      [{ name: '道路', budgetMin: 5_000_000, budgetMax: 1_000_000 }, ['budgetMin']],
      [{ name: '道路', budgetMin: -1 }, ['budgetMin']],
      [{ name: '道路', scope: 'everything' }, ['scope']],
      [{ name: '道路', frequency: 'hourly' }, ['frequency']],
      [{ name: '道路', channels: [] }, ['channels']],
      [{ name: '道路', channels: ['sms'] }, ['channels']],
      [{ name: '道路', memberId: m.id }, ['memberId']],
      [{ name: '道路', id: '7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f', pausedAt: null }, ['id', 'pausedAt']],
    ];
    for (const [body, fields] of cases) {
      const res = await post(body);
      expect({ body: JSON.stringify(body).slice(0, 80), status: res.status, code: res.body.code, fields: fieldsOf(res.body) }).toEqual({
        body: JSON.stringify(body).slice(0, 80),
        status: 400,
        code: expect.stringMatching(/validation_failed|sms_not_available/),
        fields,
      });
    }
    expect((await http().get('/v1/subscriptions').set(bearer(m.accessToken))).body).toEqual([]);
  });

  it('enforces plan limits with 422 and a clear code', async () => {
    const auth = bearer(m.accessToken);
    const eleven = Array.from({ length: 11 }, (_, i) => `关键词${i}`);
    const tooMany = await http().post('/v1/subscriptions').set(auth).send({ name: '多', keywords: eleven }).expect(422);
    expect(tooMany.body).toMatchObject({
      statusCode: 422,
      code: 'plan_keyword_limit',
      message: 'The free plan allows 10 keywords per subscription',
      errors: [{ field: 'keywords' }],
    });
    // Duplicates do not count against the limit.
    await http()
      .post('/v1/subscriptions')
      .set(auth)
      .send({ name: '一', keywords: [...eleven.slice(0, 10), '关键词0'] })
      .expect(201);
    const second = (await http().post('/v1/subscriptions').set(auth).send({ name: '二' }).expect(201)).body;
    await http().patch(`/v1/subscriptions/${second.id}`).set(auth).send({ keywords: eleven }).expect(422);
    await http().post('/v1/subscriptions').set(auth).send({ name: '三' }).expect(201);
    const fourth = await http().post('/v1/subscriptions').set(auth).send({ name: '四' }).expect(422);
    expect(fourth.body).toMatchObject({ code: 'plan_subscription_limit', message: 'The free plan allows 3 subscriptions' });

    // Parallel creates cannot slip past the limit.
    const other = await signUp(api);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        http()
          .post('/v1/subscriptions')
          .set(bearer(other.accessToken))
          .send({ name: `并发${i}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 422, 422, 422]);

    // The plan comes from the member row, never from the request.
    await api.dataSource.query(`UPDATE members SET plan = 'pro' WHERE id = $1`, [m.id]);
    await http().post('/v1/subscriptions').set(auth).send({ name: '四', keywords: eleven }).expect(201);
    expect((await http().get('/v1/me').set(auth)).body).toMatchObject({ plan: 'pro', limits: { subscriptions: 50, keywords: 100 } });
  });

  it('previews a draft and a saved subscription over the stored bulletins of the window', async () => {
    const auth = bearer(m.accessToken);
    const now = Date.now();
    const [road, bridge, old, withdrawn, duplicateOf, , elsewhere, bodyOnly, excluded] = await insertBulletins(api.dataSource, [
      { title: '重庆市渝中区市政道路改造工程招标公告', regionCode: '500103', budgetYuan: 3_500_000, publishedAt: new Date(now - 1 * DAY) },
      { title: '渝中区桥梁维修工程招标公告', regionCode: '500103', publishedAt: new Date(now - 2 * DAY) },
      { title: '渝中区道路养护项目', regionCode: '500103', publishedAt: new Date(now - 40 * DAY) },
      { title: '渝中区道路照明工程', regionCode: '500103', publishedAt: new Date(now - 3 * DAY), withdrawnAt: new Date() },
      { title: '江北区道路工程', regionCode: '500105', publishedAt: new Date(now - 4 * DAY) },
      { title: '江北区道路工程（转载）', regionCode: '500105', publishedAt: new Date(now - 4 * DAY) },
      { title: '深圳市南山区道路工程', regionCode: '440305', publishedAt: new Date(now - 5 * DAY) },
      {
        title: '渝中区综合项目',
        body: '主要内容包括道路、管网。',
        regionCode: '500103',
        category: 'award',
        publishedAt: new Date(now - 6 * DAY),
      },
      { title: '渝中区道路工程监理服务', regionCode: '500103', publishedAt: new Date(now - 7 * DAY) },
    ]);
    // The reprint is a cross-source duplicate of the 江北 notice: members see the canonical one only.
    const [, reprint] = await api.dataSource.query(`SELECT id FROM bulletins WHERE title LIKE '江北区道路工程%' ORDER BY title`);
    await api.dataSource.query(`UPDATE bulletins SET canonical_id = $1 WHERE id = $2`, [duplicateOf.id, reprint.id]);

    const preview = (body: object, days?: number) =>
      http()
        .post(`/v1/subscriptions/preview${days ? `?days=${days}` : ''}`)
        .set(auth)
        .send(body);
    const ids = (res: request.Response) => res.body.items.map((i: { bulletin: { id: string } }) => i.bulletin.id);

    const chongqing = await preview({ keywords: ['道路'], excludeWords: ['监理'], regions: ['500000'] }).expect(200);
    expect(chongqing.body).toMatchObject({ total: 3, days: 30 });
    expect(ids(chongqing)).toEqual([road.id, duplicateOf.id, bodyOnly.id]);
    expect(chongqing.body.items[0]).toEqual({
      hits: ['道路'],
      hitPlaces: ['title'],
      bulletin: {
        id: road.id,
        title: '重庆市渝中区市政道路改造工程招标公告',
        url: null,
        category: 'tender',
        stage: null,
        stageLabel: null,
        region: { code: '500103', name: '渝中区', fullName: '重庆市 渝中区' },
        publishedAt: expect.any(String),
        budgetYuan: 3_500_000,
        buyer: null,
        agency: null,
        winners: [],
        awardYuan: null,
        projectCode: null,
        projectId: null,
        deadlineAt: null,
        withdrawn: false,
      },
    });
    // Title only leaves the body-only hit out; a 60-day window brings the old one in.
    expect(ids(await preview({ keywords: ['道路'], excludeWords: ['监理'], regions: ['500000'], scope: 'title' }))).toEqual([
      road.id,
      duplicateOf.id,
    ]);
    expect((await preview({ keywords: ['道路'], regions: ['500103'] }, 60)).body.total).toBe(4);
    // No keywords: every tender in 渝中区; budget bounds keep unbudgeted bulletins unless asked.
    expect(ids(await preview({ regions: ['500103'], categories: ['tender'] }))).toEqual([road.id, bridge.id, excluded.id]);
    expect(ids(await preview({ regions: ['500103'], budgetMin: 1_000_000, requireBudget: true }))).toEqual([road.id]);
    expect((await preview({ keywords: ['道路 改造', '桥梁'] })).body.items.map((i: { hits: string[] }) => i.hits)).toEqual([
      ['道路 改造'],
      ['桥梁'],
    ]);
    expect(ids(await preview({ keywords: ['道路'] }))).toContain(elsewhere.id);
    // The draft may carry the whole form; name, channels and frequency are ignored.
    await preview({ name: '草稿', keywords: ['道路'], channels: ['email'], frequency: 'daily' }).expect(200);

    expect(fieldsOf((await preview({ keywords: ['道路'] }, 91).expect(400)).body)).toEqual(['days']);
    expect(fieldsOf((await preview({ regions: ['123456'] }).expect(400)).body)).toEqual(['regions.0']);
    expect(fieldsOf((await preview({ keywords: [''] }).expect(400)).body)).toEqual(['keywords']);
    expect(fieldsOf((await preview({ memberId: m.id }).expect(400)).body)).toEqual(['memberId']);

    const saved = (
      await http()
        .post('/v1/subscriptions')
        .set(auth)
        .send({ name: '渝中道路', keywords: ['道路'], regions: ['500103'] })
        .expect(201)
    ).body;
    const savedPreview = await http().get(`/v1/subscriptions/${saved.id}/preview?days=60`).set(auth).expect(200);
    expect(ids(savedPreview)).toEqual([road.id, bodyOnly.id, excluded.id, old.id]);
    expect(ids(await preview({ keywords: ['照明'] })).length).toBe(0); // only the withdrawn one had it
    expect(withdrawn.withdrawnAt).not.toBeNull();
  });

  it('returns the newest 20 with the total when more match', async () => {
    const now = Date.now();
    await insertBulletins(
      api.dataSource,
      Array.from({ length: 25 }, (_, i) => ({ title: `测试标讯批量${i}号`, publishedAt: new Date(now - (i + 1) * 60_000) })),
    );
    const res = await http()
      .post('/v1/subscriptions/preview')
      .set(bearer(m.accessToken))
      .send({ keywords: ['测试标讯批量'] })
      .expect(200);
    expect(res.body.total).toBe(25);
    expect(res.body.items.map((i: { bulletin: { title: string } }) => i.bulletin.title)).toEqual(
      Array.from({ length: 20 }, (_, i) => `测试标讯批量${i}号`),
    );
  });

  it("pages through the member's matches and shows only bulletins they matched", async () => {
    const auth = bearer(m.accessToken);
    const roads = (
      await http()
        .post('/v1/subscriptions')
        .set(auth)
        .send({ name: '道路', keywords: ['道路'] })
        .expect(201)
    ).body;
    const bridges = (
      await http()
        .post('/v1/subscriptions')
        .set(auth)
        .send({ name: '桥梁', keywords: ['桥梁'] })
        .expect(201)
    ).body;
    const bulletins = await insertBulletins(
      api.dataSource,
      Array.from({ length: 7 }, (_, i) => ({ title: `道路桥梁工程${i}`, body: '正文', buyer: '某局' })),
    );
    // Matches as the worker records them, one per (subscription, bulletin), at distinct times.
    for (const [i, b] of bulletins.entries()) {
      await api.dataSource.query(
        `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits, created_at) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, '{道路}', now() - make_interval(secs => $4))`,
        [roads.id, b.id, m.id, 100 - i],
      );
    }
    const bridgeHit = { entry: '桥梁', term: '桥梁', place: 'body', aligned: true, offset: 2, sentence: '含桥梁维修。' };
    await api.dataSource.query(
      `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits, hit_details, score) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, '{桥梁}', $4::jsonb, 50)`,
      [bridges.id, bulletins[0].id, m.id, JSON.stringify([bridgeHit])],
    );
    const [unmatched] = await insertBulletins(api.dataSource, [{ title: '无关公告' }]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await http()
        .get('/v1/matches')
        .query({ limit: 3, ...(cursor ? { cursor } : {}) })
        .set(auth)
        .expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(
        ...page.body.items.map(
          (i: { bulletin: { title: string }; subscription: { name: string } }) => `${i.subscription.name}:${i.bulletin.title}`,
        ),
      );
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['桥梁:道路桥梁工程0', ...[6, 5, 4, 3, 2, 1, 0].map((i) => `道路:道路桥梁工程${i}`)]);

    const onlyBridges = await http().get('/v1/matches').query({ subscriptionId: bridges.id }).set(auth).expect(200);
    expect(onlyBridges.body).toMatchObject({
      items: [
        { subscription: { id: bridges.id, name: '桥梁' }, hits: ['桥梁'], hitPlaces: ['body'], hitSentence: '含桥梁维修。', score: 50 },
      ],
      nextCursor: null,
    });
    expect(onlyBridges.body.items[0].hitDetails).toEqual([
      { entry: '桥梁', term: '桥梁', place: 'body', aligned: true, sentence: '含桥梁维修。' },
    ]);
    // Matches recorded before hits had places.
    const roadsPage = await http().get('/v1/matches').query({ subscriptionId: roads.id, limit: 1 }).set(auth).expect(200);
    expect(roadsPage.body.items[0]).toMatchObject({ hitPlaces: [], hitSentence: null, hitDetails: [], score: null });
    expect(fieldsOf((await http().get('/v1/matches').query({ cursor: 'garbage' }).set(auth).expect(400)).body)).toEqual(['cursor']);
    expect(fieldsOf((await http().get('/v1/matches').query({ limit: 1000 }).set(auth).expect(400)).body)).toEqual(['limit']);

    const detail = (await http().get(`/v1/bulletins/${bulletins[0].id}`).set(auth).expect(200)).body;
    expect(detail).toMatchObject({ id: bulletins[0].id, title: '道路桥梁工程0', body: '正文', buyer: '某局' });
    expect(detail.matches.map((x: { subscription: { name: string }; hits: string[] }) => [x.subscription.name, x.hits])).toEqual([
      ['道路', ['道路']],
      ['桥梁', ['桥梁']],
    ]);
    expect((await http().get(`/v1/bulletins/${unmatched.id}`).set(auth).expect(404)).body.code).toBe('bulletin_not_found');
  });

  it('lists each subscription with its matches of the last 7 days, its own only', async () => {
    const auth = bearer(m.accessToken);
    const roads = (
      await http()
        .post('/v1/subscriptions')
        .set(auth)
        .send({ name: '道路', keywords: ['道路'] })
        .expect(201)
    ).body;
    const quiet = (
      await http()
        .post('/v1/subscriptions')
        .set(auth)
        .send({ name: '桥梁', keywords: ['桥梁'] })
        .expect(201)
    ).body;
    const other = await signUp(api);
    const theirs = (
      await http()
        .post('/v1/subscriptions')
        .set(bearer(other.accessToken))
        .send({ name: '道路', keywords: ['道路'] })
        .expect(201)
    ).body;
    const bulletins = await insertBulletins(
      api.dataSource,
      Array.from({ length: 4 }, (_, i) => ({ title: `道路工程${i}` })),
    );
    const match = (subscriptionId: string, memberId: string, bulletinId: string, ageDays: number) =>
      api.dataSource.query(
        `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, created_at) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, now() - make_interval(days => $4))`,
        [subscriptionId, bulletinId, memberId, ageDays],
      );
    // Two inside the window, one just outside it; the other member's match is not counted here.
    await match(roads.id, m.id, bulletins[0].id, 0);
    await match(roads.id, m.id, bulletins[1].id, 6);
    await match(roads.id, m.id, bulletins[2].id, 8);
    await match(theirs.id, other.id, bulletins[3].id, 1);

    const list = (await http().get('/v1/subscriptions').set(auth).expect(200)).body;
    expect(list.map((s: { id: string; matchesLast7Days: number }) => [s.id, s.matchesLast7Days])).toEqual([
      [roads.id, 2],
      [quiet.id, 0],
    ]);
    expect((await http().get('/v1/subscriptions').set(bearer(other.accessToken)).expect(200)).body[0].matchesLast7Days).toBe(1);
  });
});
