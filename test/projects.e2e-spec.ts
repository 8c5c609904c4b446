import request from 'supertest';
import { SourcesService } from '@app/domain';
import { QUEUES } from '@app/queues';
import {
  createTestApi,
  createTestWorker,
  resetDatabase,
  SmtpTestServer,
  startSmtpTestServer,
  TestApi,
  TestWorker,
  waitForQueuesToDrain,
} from '@app/testing';
import { bearer, signUp } from './support/member-sessions';

// Bulletins written for this test: one procurement told by two sources.
const BUYER = '某某市滨江区住房和城乡建设局';
const tender = {
  sourceId: 'a-1',
  title: '滨江区江堤步道提升改造工程施工招标公告',
  body: `项目编号：BJ-2026-0815\n招标人：${BUYER}\n预算金额：480万元\n投标截止时间：2026-12-20 09:30`,
  category: 'tender',
  stage: 'invitation',
  buyer: BUYER,
  publishedAt: '2026-12-01',
  deadlineAt: '2026-12-20 09:30',
  budgetYuan: 4800000,
};
const correction = {
  sourceId: 'b-7',
  title: '滨江区江堤步道提升改造工程施工招标更正公告',
  body: '原公告的项目编号：BJ-2026-0815\n更正事项：投标截止时间延期至2026-12-27 09:30',
  category: 'change',
  stage: 'correction',
  publishedAt: '2026-12-10',
  deadlineAt: '2026-12-27 09:30',
};
const award = {
  sourceId: 'b-9',
  title: '关于滨江区江堤步道提升改造工程施工的中标结果公告',
  body: `招标人：${BUYER}\n中标人：某某建设集团有限公司\n中标金额：452万元`,
  category: 'award',
  stage: 'result',
  buyer: BUYER,
  publishedAt: '2027-01-05',
  winners: ['某某建设集团有限公司'],
  awardYuan: 4520000,
};

describe('projects: linking at ingest, the project API', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;
  let keyA: string;
  let keyB: string;
  const ingest = (items: object[], apiKey: string) => request(api.url).post('/v1/ingest/bulletins').set('x-api-key', apiKey).send({ items }).expect(200);
  const drain = () => waitForQueuesToDrain(api.jobs.allQueues().filter((q) => q.name !== QUEUES.digest && q.name !== QUEUES.maintenance), 30000);

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({ SMTP_URL: smtp.url, INSTANT_WINDOW_SECONDS: '1', PUBLIC_URL: 'https://alerts.test', SWEEP_INTERVAL_MS: '600000' });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
    keyA = (await api.app.get(SourcesService).create('portal-a')).apiKey;
    keyB = (await api.app.get(SourcesService).create('aggregator-b')).apiKey;
  });
  afterAll(async () => {
    await worker.close();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await smtp.close();
  });

  it('puts a tender, its 更正 and its 中标结果 from another source in one project, with the moved deadline and the winner', async () => {
    const member = await signUp(api);
    const t = await ingest([tender], keyA);
    const c = await ingest([correction], keyB);
    const a = await ingest([award], keyB);
    const unrelated = await ingest([{ ...tender, sourceId: 'a-2', title: '滨江区学校食堂设备采购公告', body: '项目编号：BJ-2026-0990', deadlineAt: undefined, stage: undefined }], keyA);
    await drain();
    const ids = [t, c, a, unrelated].map((r) => r.body.results[0].bulletinId as string);
    const rows: Array<{ id: string; project_id: string }> = await api.dataSource.query(`SELECT id, project_id FROM bulletins WHERE id = ANY($1)`, [ids]);
    const projectOf = new Map(rows.map((r) => [r.id, r.project_id]));
    expect(projectOf.get(ids[1])).toBe(projectOf.get(ids[0]));
    expect(projectOf.get(ids[2])).toBe(projectOf.get(ids[0]));
    expect(projectOf.get(ids[3])).not.toBe(projectOf.get(ids[0]));

    const res = await request(api.url).get(`/v1/projects/${projectOf.get(ids[0])}`).set(bearer(member.accessToken)).expect(200);
    expect(res.body).toMatchObject({
      buyer: BUYER,
      category: 'award',
      stage: 'result',
      budgetYuan: 4800000,
      winners: ['某某建设集团有限公司'],
      awardYuan: 4520000,
      deadlineAt: '2026-12-27T01:30:00.000Z',
    });
    expect(res.body.timeline.map((n: { title: string; source: string; stageLabel: string }) => [n.source, n.stageLabel])).toEqual([
      ['portal-a', expect.any(String)],
      ['aggregator-b', '更正'],
      ['aggregator-b', expect.any(String)],
    ]);
    await request(api.url).get(`/v1/projects/${projectOf.get(ids[0])}`).expect(401);
    await request(api.url).get('/v1/projects/00000000-0000-4000-8000-000000000000').set(bearer(member.accessToken)).expect(404);
  });
});
