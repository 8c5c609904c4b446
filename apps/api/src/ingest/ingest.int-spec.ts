import request from 'supertest';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { Bulletin, BulletinMatchState } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { createTestApi, resetDatabase, TestApi } from '@app/testing';

describe('POST /v1/ingest/bulletins', () => {
  let api: TestApi;
  let key: string;
  let otherKey: string;
  const post = (items: unknown, apiKey = key) => request(api.url).post('/v1/ingest/bulletins').set('x-api-key', apiKey).send({ items });

  const tender = {
    sourceId: 'cq-001',
    title: '渝中区解放碑片区道路改造工程施工招标公告',
    body: '项目编号：CQ-2026-001\n预算金额：350万元\n招标人：重庆市渝中区住房和城乡建设委员会',
    regionText: '重庆-渝中-',
    buyer: '重庆市渝中区住房和城乡建设委员会',
    publishedAt: '2026-03-05',
  };

  beforeAll(async () => {
    api = await createTestApi({ RATE_LIMIT_INGEST_PER_MINUTE: '8' });
    await resetDatabase(api.dataSource);
    const sources = api.app.get(SourcesService);
    key = (await sources.create('crawler-a')).apiKey;
    otherKey = (await sources.create('partner-b')).apiKey;
  });
  afterAll(async () => {
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
  });

  it('stores good items, rejects bad ones with their fields, and parses what it stores', async () => {
    const res = await post([
      tender,
      { sourceId: 'bad-1', title: '' },
      'not an object',
      { sourceId: 'bad-2', title: 't', regionCode: '999999' },
      { ...tender, sourceId: 'x', budgetYuan: '很多' },
    ]).expect(200);
    expect(res.body.counts).toEqual({ created: 1, updated: 0, duplicate: 0, rejected: 4 });
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['created', 'rejected', 'rejected', 'rejected', 'rejected']);
    expect(res.body.results[1].errors[0].field).toBe('title');
    expect(res.body.results[2].errors[0].field).toBe('(item)');
    expect(res.body.results[3].errors[0].field).toBe('regionCode');
    expect(res.body.results[4].errors[0].field).toBe('budgetYuan');

    const stored = await api.dataSource.getRepository(Bulletin).findOneByOrFail({ id: res.body.results[0].bulletinId });
    expect(stored).toMatchObject({ regionCode: '500103', budgetYuan: 3500000, category: 'tender', projectCode: 'CQ-2026-001' });
    // Its matching state lives beside it, waiting for the match job.
    expect(await api.dataSource.getRepository(BulletinMatchState).findOneByOrFail({ bulletinId: stored.id })).toMatchObject({
      version: 1,
      matchedShards: [],
      matchedAt: null,
    });
    expect(stored.publishedAt!.toISOString()).toBe('2026-03-04T16:00:00.000Z');
    const jobs = await api.jobs.matchQueues[0].getJobs(['waiting', 'active', 'completed', 'delayed']);
    expect(jobs.map((j) => j.id)).toContain(`match-${stored.id}-v1`);
  });

  it('treats the same source id as a duplicate, or an update when the content changed', async () => {
    const same = await post([tender]).expect(200);
    expect(same.body.results[0].status).toBe('duplicate');
    const changed = await post([{ ...tender, body: `${tender.body}\n补充：截止时间延长` }]).expect(200);
    expect(changed.body.results[0]).toMatchObject({ status: 'updated', bulletinId: same.body.results[0].bulletinId });
    const row = await api.dataSource.getRepository(Bulletin).findOneByOrFail({ id: same.body.results[0].bulletinId });
    expect(row.version).toBe(2);
  });

  it('links the same notice from another source to the canonical bulletin and does not match it again', async () => {
    const res = await post([{ ...tender, sourceId: 'partner-77', title: '渝中区解放碑片区道路改造工程施工招标公告 ' }], otherKey).expect(
      200,
    );
    const original = await api.dataSource.getRepository(Bulletin).findOneByOrFail({ sourceRef: 'cq-001' });
    expect(res.body.results[0]).toMatchObject({ status: 'created', canonicalId: original.id });
    const jobs = await api.jobs.matchQueues[0].getJobs(['waiting', 'active', 'completed', 'delayed']);
    expect(jobs.map((j) => j.id)).not.toContain(`match-${res.body.results[0].bulletinId}-v1`);
  });

  it('stores a batch, projects linked, in a number of statements that does not grow with its size', async () => {
    const { apiKey } = await api.app.get(SourcesService).create('bulk');
    // 120 notices of 40 procurements (three notices each, sharing a code), one batch.
    const items = Array.from({ length: 120 }, (_, i) => {
      const n = Math.floor(i / 3);
      return {
        sourceId: `bulk-${i}`,
        title: `第${n}标段河道整治工程${['招标', '更正', '中标结果'][i % 3]}公告`,
        body: `项目编号：HD-2026-${n}\n招标人：某某市水务局`,
        buyer: '某某市水务局',
        projectCode: `HD-2026-${n}`,
        publishedAt: '2026-03-05',
      };
    });
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    let statements: string[];
    try {
      const res = await post(items, apiKey).expect(200);
      expect(res.body.counts).toMatchObject({ created: 120, rejected: 0 });
      statements = spy.mock.calls.map((c) => String(c[0]));
    } finally {
      spy.mockRestore();
    }
    // Key check, locks, lookups, project links, one INSERT, match state, transaction control: a few
    // dozen at most, never one (or four) per notice.
    expect(statements.length).toBeLessThanOrEqual(30);
    // The project is in the INSERT: the new rows are not rewritten to set it.
    expect(statements.filter((q) => /UPDATE\s+"?bulletins"?\s/i.test(q))).toEqual([]);
    const rows: Array<{ source_ref: string; project_id: string | null }> = await api.dataSource.query(
      `SELECT source_ref, project_id FROM bulletins WHERE source_ref LIKE 'bulk-%'`,
    );
    const projectOf = new Map(rows.map((r) => [r.source_ref, r.project_id]));
    expect(rows.every((r) => r.project_id)).toBe(true);
    for (let n = 0; n < 40; n++) {
      expect(new Set([0, 1, 2].map((k) => projectOf.get(`bulk-${n * 3 + k}`))).size).toBe(1);
    }
    expect(new Set(projectOf.values()).size).toBe(40);
    const [{ total }] = await api.dataSource.query(`SELECT sum(notice_count)::int AS total FROM projects WHERE id = ANY($1::uuid[])`, [
      [...new Set(projectOf.values())],
    ]);
    expect(total).toBe(120);
  });

  it('inserts a notice with the project it ends in when a later notice of the batch merges its project away', async () => {
    const { apiKey } = await api.app.get(SourcesService).create('bridging');
    const named = { title: '西湖隧道照明改造工程招标公告', buyer: '某某市隧道管理处', publishedAt: '2026-01-10' };
    const first = await post([{ ...named, sourceId: 'br-1', body: '招标人：某某市隧道管理处' }], apiKey).expect(200);
    // One batch: a notice known by its code only starts a project of its own, then a notice with
    // that code and the first one's name and buyer joins both into the older project.
    const res = await post(
      [
        {
          sourceId: 'br-2',
          title: '西湖隧道照明改造工程招标更正公告',
          projectCode: 'XH-2026-9',
          body: '项目编号：XH-2026-9',
          publishedAt: '2026-01-20',
        },
        {
          sourceId: 'br-3',
          ...named,
          title: '西湖隧道照明改造工程中标结果公告',
          projectCode: 'XH-2026-9',
          body: '项目编号：XH-2026-9',
          publishedAt: '2026-02-01',
        },
      ],
      apiKey,
    ).expect(200);
    const ids = [first.body.results[0].bulletinId, ...res.body.results.map((r: { bulletinId: string }) => r.bulletinId)];
    const rows: Array<{ project_id: string }> = await api.dataSource.query(`SELECT project_id FROM bulletins WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.project_id)).size).toBe(1);
    const [project] = await api.dataSource.query(`SELECT notice_count, merged_into FROM projects WHERE id = $1`, [rows[0].project_id]);
    expect(project).toEqual({ notice_count: 3, merged_into: null });
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM projects WHERE merged_into = $1`, [rows[0].project_id]);
    expect(n).toBe(1);
  });

  it('refuses missing, wrong and revoked keys', async () => {
    await request(api.url)
      .post('/v1/ingest/bulletins')
      .send({ items: [tender] })
      .expect(401);
    const wrong = await post([tender], 'ta_000000000000_' + 'a'.repeat(43)).expect(401);
    expect(wrong.body.code).toBe('api_key_invalid');
    const sources = api.app.get(SourcesService);
    const { source, apiKey } = await sources.create('short-lived');
    await post([tender], apiKey).expect(200);
    const keyRow = await api.dataSource.query(`SELECT id FROM api_keys WHERE source_id = $1`, [source.id]);
    await sources.revokeKey(keyRow[0].id);
    await post([tender], apiKey).expect(401);
  });

  it('rejects empty, oversize and malformed batches as a whole with a 4xx naming the problem', async () => {
    const empty = await post([]).expect(400);
    expect(empty.body.errors[0].field).toBe('items');
    const tooMany = await post(Array.from({ length: 1001 }, (_, i) => ({ ...tender, sourceId: `n${i}` }))).expect(400);
    expect(tooMany.body.errors[0].field).toBe('items');
    const notArray = await post({ sourceId: 'x' }).expect(400);
    expect(notArray.body.errors[0].field).toBe('items');
    await request(api.url)
      .post('/v1/ingest/bulletins')
      .set('x-api-key', key)
      .set('content-type', 'application/json')
      .send('{"items": [')
      .expect(400);
    const huge = await post([{ ...tender, sourceId: 'huge', body: '字'.repeat(200_001) }]).expect(200);
    expect(huge.body.results[0].errors[0].field).toBe('body');
  });

  it('keeps HTML out of stored text', async () => {
    const res = await post([
      { sourceId: 'html-1', title: '<b>监理</b>服务采购公告', bodyHtml: '<p>预算金额：<b>50万元</b></p><script>alert(1)</script>' },
    ]).expect(200);
    const row = await api.dataSource.getRepository(Bulletin).findOneByOrFail({ id: res.body.results[0].bulletinId });
    expect(row.body).not.toMatch(/<script|alert\(1\)/);
    expect(row.budgetYuan).toBe(500000);
  });

  it('limits batches per minute per source', async () => {
    const { apiKey } = await api.app.get(SourcesService).create('eager');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await post([{ ...tender, sourceId: `r${i}` }], apiKey)).status);
    expect(statuses.slice(0, 8).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
  });

  it('is limited only per source: the per-client limit of every other route does not apply', async () => {
    const strict = await createTestApi({ RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_INGEST_PER_MINUTE: '100' });
    try {
      const { apiKey } = await strict.app.get(SourcesService).create('busy-crawler');
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        statuses.push(
          (
            await request(strict.url)
              .post('/v1/ingest/bulletins')
              .set('x-api-key', apiKey)
              .send({ items: [{ ...tender, sourceId: `busy-${i}` }] })
          ).status,
        );
      }
      expect(statuses).toEqual(Array(6).fill(200));
      // The same client on another route is held to the per-client limit.
      const others: number[] = [];
      for (let i = 0; i < 5; i++) others.push((await request(strict.url).get('/v1/regions')).status);
      expect(others).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await Promise.all(strict.jobs.allQueues().map((q) => q.obliterate({ force: true })));
      await strict.close();
    }
  });

  it('counts a source against one limit across API replicas', async () => {
    const { apiKey } = await api.app.get(SourcesService).create('spread-out');
    const replica = await createTestApi({ RATE_LIMIT_INGEST_PER_MINUTE: '8', QUEUE_PREFIX: api.config.redis.queuePrefix });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const target = i % 2 === 0 ? api.url : replica.url;
        statuses.push(
          (
            await request(target)
              .post('/v1/ingest/bulletins')
              .set('x-api-key', apiKey)
              .send({ items: [{ ...tender, sourceId: `s${i}` }] })
          ).status,
        );
      }
      expect(statuses).toEqual([...Array(8).fill(200), 429, 429]);
    } finally {
      await replica.close();
    }
  });
});
