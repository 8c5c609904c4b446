import request from 'supertest';
import { Bulletin } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { QUEUES } from '@app/queues';
import {
  createTestApi,
  createTestWorker,
  eventually,
  resetDatabase,
  SmtpTestServer,
  startSmtpTestServer,
  TestApi,
  TestWorker,
  waitForQueuesToDrain,
} from '@app/testing';
import { AdminSession, signInAdmin } from './admin-support';
import { bearer, signUp, SignedUp } from './support/member-sessions';

// Every field comes from the source, so this holds whatever the parser reads from the text.
const EVIL_WINNER = '重庆<script>alert(1)</script>建设有限公司';
const common = {
  regionText: '重庆-渝中-',
  buyer: '重庆市渝中区住房和城乡建设委员会',
  agency: '重庆某招标代理有限公司',
  publishedAt: '2026-03-05',
};
const tender = {
  ...common,
  sourceId: 'f-tender',
  title: '解放碑片区道路改造工程施工招标公告',
  body: '本项目为道路改造工程。',
  category: 'tender',
  stage: 'invitation',
  budgetYuan: 3_500_000,
  projectCode: 'CQ-2026-101',
  deadlineAt: '2099-01-10T09:00:00+08:00',
};
const correction = {
  ...common,
  sourceId: 'f-correction',
  title: '解放碑片区道路改造工程更正公告',
  body: '原招标文件第三章更正如下。',
  stage: 'correction',
  projectCode: 'CQ-2026-101',
};
const award = {
  ...common,
  sourceId: 'f-award',
  title: '解放碑片区道路改造工程中标结果公告',
  body: '中标结果见附件。',
  stage: 'result',
  winners: [EVIL_WINNER, '四川某工程有限公司'],
  awardYuan: 3_456_700,
  projectCode: 'CQ-2026-102',
};

describe('parsed fields: stored, shown, filtered by stage and mailed', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;
  let member: SignedUp;
  let admin: AdminSession;
  let key: string;
  const drain = () =>
    waitForQueuesToDrain(
      api.jobs.allQueues().filter((q) => q.name !== QUEUES.digest && q.name !== QUEUES.maintenance),
      30000,
    );
  const get = (path: string, token = member.accessToken) => request(api.url).get(path).set(bearer(token)).expect(200);

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({
      SMTP_URL: smtp.url,
      INSTANT_WINDOW_SECONDS: '1',
      PUBLIC_URL: 'https://alerts.test',
      SWEEP_INTERVAL_MS: '600000',
    });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
    key = (await api.app.get(SourcesService).create('fields')).apiKey;
    member = await signUp(api);
    await api.dataSource.query(`UPDATE members SET consent_at = now() WHERE id = $1`, [member.id]);
    admin = await signInAdmin(api);
    await smtp.waitForMessages(1); // the verification email of the sign-up
    smtp.clear();
  });
  afterAll(async () => {
    await worker.close();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await smtp.close();
  });

  it('answers 400 naming stages.N for an unknown stage', async () => {
    const res = await request(api.url)
      .post('/v1/subscriptions')
      .set(bearer(member.accessToken))
      .send({ name: '更正', stages: ['correction', 'lottery'] })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'stages.1' })]);
  });

  it('stores the fields, filters by stage, and shows them in the inbox, the bulletin page, admin search and the email', async () => {
    const post = (body: object) => request(api.url).post('/v1/subscriptions').set(bearer(member.accessToken)).send(body).expect(201);
    const corrections = (await post({ name: '重庆更正', regions: ['500000'], stages: ['correction'] })).body;
    expect(corrections).toMatchObject({ stages: ['correction'], categories: [] });
    // Tenders whole, plus award results: the correction has the keyword but neither kind.
    const roads = (await post({ name: '道路', keywords: ['道路'], categories: ['tender'], stages: ['result'] })).body;

    const res = await request(api.url)
      .post('/v1/ingest/bulletins')
      .set('x-api-key', key)
      .send({ items: [tender, correction, award] })
      .expect(200);
    const [tenderId, correctionId, awardId] = res.body.results.map((r: { bulletinId: string }) => r.bulletinId);
    // Time-ordered ids (version 7), so the ledger rows keyed by them are written side by side.
    expect([tenderId, correctionId, awardId].map((id: string) => id[14])).toEqual(['7', '7', '7']);

    const rows = await api.dataSource.getRepository(Bulletin).findBy({ sourceRef: 'f-award' });
    expect(rows[0]).toMatchObject({
      category: 'award',
      stage: 'result',
      winners: [EVIL_WINNER, '四川某工程有限公司'],
      awardYuan: 3_456_700,
      buyer: common.buyer,
      agency: common.agency,
      projectCode: 'CQ-2026-102',
    });
    const stored = await api.dataSource.getRepository(Bulletin).findOneByOrFail({ id: correctionId });
    expect({ category: stored.category, stage: stored.stage }).toEqual({ category: 'change', stage: 'correction' });

    await drain();
    const inbox = (await get('/v1/matches')).body.items as Array<{ subscription: { id: string }; bulletin: Record<string, unknown> }>;
    const caught = (subId: string) =>
      inbox
        .filter((m) => m.subscription.id === subId)
        .map((m) => m.bulletin.id)
        .sort();
    expect(caught(corrections.id)).toEqual([correctionId]);
    expect(caught(roads.id)).toEqual([tenderId, awardId].sort());
    expect(inbox.find((m) => m.bulletin.id === awardId)!.bulletin).toMatchObject({
      category: 'award',
      stage: 'result',
      stageLabel: '中标/成交结果',
      winners: [EVIL_WINNER, '四川某工程有限公司'],
      awardYuan: 3_456_700,
      buyer: common.buyer,
      agency: common.agency,
      projectCode: 'CQ-2026-102',
      deadlineAt: null,
    });

    const page = (await get(`/v1/bulletins/${tenderId}`)).body;
    expect(page).toMatchObject({
      stage: 'invitation',
      stageLabel: '招标公告',
      budgetYuan: 3_500_000,
      winners: [],
      awardYuan: null,
      projectCode: 'CQ-2026-101',
      deadlineAt: '2099-01-10T01:00:00.000Z',
    });

    const byStage = (await get('/v1/admin/bulletins?stage=correction', admin.token)).body;
    expect(byStage.items.map((b: { id: string }) => b.id)).toEqual([correctionId]);
    const byParty = (await get(`/v1/admin/bulletins?party=${encodeURIComponent('四川某工程')}`, admin.token)).body;
    expect(byParty.items).toEqual([
      expect.objectContaining({ id: awardId, stageLabel: '中标/成交结果', winners: [EVIL_WINNER, '四川某工程有限公司'] }),
    ]);
    expect((await get(`/v1/admin/bulletins/${awardId}`, admin.token)).body).toMatchObject({
      stage: 'result',
      awardYuan: 3_456_700,
      agency: common.agency,
    });

    // One message per coalescing window: usually one, but the three may straddle two windows.
    await eventually(
      async () => smtp.messages.some((m) => m.html.includes('中标单位')) && smtp.messages.some((m) => m.text.includes('剩 ')),
      15000,
      'alert emails',
    );
    const mail = { html: smtp.messages.map((m) => m.html).join('\n'), text: smtp.messages.map((m) => m.text).join('\n') };
    expect(mail.html).toContain(
      '中标单位：重庆&lt;script&gt;alert(1)&lt;/script&gt;建设有限公司、四川某工程有限公司 · 中标金额：345.67万元',
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toMatch(/截止 1月10日 09:00（剩 \d+ 天）/);
    expect(mail.text).toContain('更正');
  });
});
