import request from 'supertest';
import { Delivery, localParts } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { SmsProvider } from '@app/notify';
import {
  createTestApi,
  createTestWorker,
  eventually,
  insertMember,
  insertSubscription,
  resetDatabase,
  TestApi,
  TestWorker,
} from '@app/testing';

const hhmm = (d: Date) => {
  const { hour } = localParts(d, 'Asia/Shanghai');
  return `${String(hour).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
};

describe('SMS alerts (log provider)', () => {
  let api: TestApi;
  let worker: TestWorker;
  let key: string;
  let n = 0;
  const ingest = (word: string) =>
    request(api.url)
      .post('/v1/ingest/bulletins')
      .set('x-api-key', key)
      .send({ items: [{ sourceId: `sms-${++n}`, title: `${word}工程招标公告${n}`, regionText: '重庆-渝中-', buyer: '渝中区住建委' }] })
      .expect(200);
  const smsMember = (quiet: { quietStart: string; quietEnd: string }) =>
    insertMember(api.dataSource, { phone: '+8613800138000', phoneVerifiedAt: new Date(), smsEnabled: true, emailEnabled: false, ...quiet });
  const deliveriesOf = (memberId: string) =>
    api.dataSource.getRepository(Delivery).find({ where: { memberId }, order: { createdAt: 'ASC' } });

  beforeAll(async () => {
    api = await createTestApi({ INSTANT_WINDOW_SECONDS: '1', SMS_DAILY_CAP: '1' });
    await resetDatabase(api.dataSource);
    worker = await createTestWorker(api.config);
    key = (await api.app.get(SourcesService).create('sms-source')).apiKey;
  });
  afterAll(async () => {
    await worker.close();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
  });

  it('holds an SMS during quiet hours until they end', async () => {
    const now = new Date();
    const m = await smsMember({ quietStart: hhmm(new Date(now.getTime() - 3600_000)), quietEnd: hhmm(new Date(now.getTime() + 3600_000)) });
    await insertSubscription(api.dataSource, m.id, { keywords: ['夜间'], channels: ['sms'] });
    await ingest('夜间');
    const [held] = await eventually(
      async () => {
        const ds = await deliveriesOf(m.id);
        return ds[0]?.status === 'held' ? ds : null;
      },
      15000,
      'held SMS',
    );
    expect(held.channel).toBe('sms');
    expect(held.error).toBe('quiet hours');
    const waitMs = held.dueAt.getTime() - now.getTime();
    expect(waitMs).toBeGreaterThan(55 * 60_000);
    expect(waitMs).toBeLessThanOrEqual(61 * 60_000);
  });

  it('sends outside quiet hours and holds past the daily cap', async () => {
    const m = await smsMember({ quietStart: '00:00', quietEnd: '00:00' });
    await insertSubscription(api.dataSource, m.id, { keywords: ['白天'], channels: ['sms'] });
    await ingest('白天');
    await eventually(async () => (await deliveriesOf(m.id))[0]?.status === 'sent', 15000, 'first SMS sent');
    expect((await deliveriesOf(m.id))[0].providerMessageId).toBeTruthy();

    await ingest('白天');
    const second = await eventually(
      async () => (await deliveriesOf(m.id)).find((d, i) => i === 1 && d.status === 'held'),
      15000,
      'second SMS held',
    );
    expect(second.error).toBe('daily SMS cap reached');
    expect(second.dueAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('never texts a member without a verified phone', async () => {
    const m = await insertMember(api.dataSource, { phone: '+8613800138001', smsEnabled: true });
    await insertSubscription(api.dataSource, m.id, { keywords: ['未验证'], channels: ['sms'] });
    const res = await ingest('未验证');
    await eventually(
      async () =>
        (
          await api.dataSource.query(`SELECT matched_at FROM bulletin_match_state WHERE bulletin_id = $1`, [res.body.results[0].bulletinId])
        )[0].matched_at,
      10000,
      'matched',
    );
    expect(await deliveriesOf(m.id)).toEqual([]);
  });

  it('texts a follower what changed — the new deadline — with the follow template and no link', async () => {
    const sent = jest.spyOn(worker.app.get(SmsProvider), 'send');
    const m = await smsMember({ quietStart: '00:00', quietEnd: '00:00' });
    const post = (item: object) =>
      request(api.url)
        .post('/v1/ingest/bulletins')
        .set('x-api-key', key)
        .send({ items: [item] })
        .expect(200);
    const t = await post({
      sourceId: 'sms-follow-1',
      title: '江北嘴滨江步道照明改造工程招标公告',
      body: '项目编号：JBZ-2027-0012\n招标人：某某市江北区城市管理局',
      buyer: '某某市江北区城市管理局',
      deadlineAt: '2027-03-20 09:30',
    });
    const projectId = await eventually(
      async () =>
        (await api.dataSource.query(`SELECT project_id FROM bulletins WHERE id = $1`, [t.body.results[0].bulletinId]))[0]
          ?.project_id as string,
      10000,
      'linked',
    );
    // Follow only once the tender is matched: a follow made earlier is told of the tender itself too.
    await eventually(
      async () =>
        (
          await api.dataSource.query(`SELECT 1 FROM bulletin_match_state WHERE bulletin_id = $1 AND matched_at IS NOT NULL`, [
            t.body.results[0].bulletinId,
          ])
        ).length > 0,
      10000,
      'tender matched',
    );
    await api.dataSource.query(`INSERT INTO project_follows (member_id, project_id, channels) VALUES ($1, $2, '{sms}')`, [m.id, projectId]);
    await post({
      sourceId: 'sms-follow-2',
      title: '江北嘴滨江步道照明改造工程更正公告',
      body: '原公告的项目编号：JBZ-2027-0012\n投标截止时间延期',
      category: 'change',
      stage: 'correction',
      deadlineAt: '2027-03-27 09:30',
    });
    await eventually(async () => (await deliveriesOf(m.id))[0]?.status === 'sent', 15000, 'follow SMS sent');
    const calls = sent.mock.calls.filter(
      ([msg]) => msg.phone === '+8613800138000' && msg.templateCode === api.config.sms.followTemplateCode,
    );
    expect(calls).toHaveLength(1);
    expect(calls[0][0].params).toEqual({ name: '江北嘴滨江步道照明改造…', change: '截止时间改为3月27日 09:30' });
    expect(Object.values(calls[0][0].params).join('')).not.toMatch(/https?:|www\./);
    sent.mockRestore();
  });
});
