import request from 'supertest';
import { Delivery, Member } from '@app/domain';
import { SourcesService } from '@app/domain/ingest';
import { QUEUES } from '@app/queues';
import {
  createTestApi,
  createTestWorker,
  eventually,
  insertMember,
  insertSubscription,
  resetDatabase,
  SmtpTestServer,
  startSmtpTestServer,
  TestApi,
  TestWorker,
  waitForQueuesToDrain,
} from '@app/testing';
import { bearer, signUp } from './support/member-sessions';

describe('ingest → match → deliver (api + worker + Postgres + Redis + SMTP)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  let worker: TestWorker;
  let key: string;
  let seq = 0;

  const ingest = (items: object[], apiKey = key) =>
    request(api.url).post('/v1/ingest/bulletins').set('x-api-key', apiKey).send({ items }).expect(200);
  const bulletin = (title: string, extra: object = {}) => ({
    sourceId: `s-${++seq}`,
    title,
    body: `项目编号：CQ-2026-${seq}\n预算金额：350万元\n招标人：重庆市渝中区住房和城乡建设委员会\n本项目为城市道路改造工程。`,
    regionText: '重庆-渝中-',
    buyer: '重庆市渝中区住房和城乡建设委员会',
    publishedAt: '2026-03-05',
    ...extra,
  });
  const drain = () =>
    waitForQueuesToDrain(
      api.jobs.allQueues().filter((q) => q.name !== QUEUES.digest && q.name !== QUEUES.maintenance),
      30000,
    );
  const mailTo = (email: string) => smtp.messages.filter((m) => m.envelope.to.includes(email));

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
    key = (await api.app.get(SourcesService).create('crawler')).apiKey;
  });
  afterAll(async () => {
    await worker.close();
    await Promise.all(api.jobs.allQueues().map((q) => q.obliterate({ force: true })));
    await api.close();
    await smtp.close();
  });
  beforeEach(() => smtp.clear());

  it('sends one instant email per member for a bulletin three subscriptions and two sources caught', async () => {
    const a = await insertMember(api.dataSource, { email: 'a@example.test', displayName: '张工' });
    await insertSubscription(api.dataSource, a.id, { name: '道路', keywords: ['道路'] });
    await insertSubscription(api.dataSource, a.id, { name: '改造', keywords: ['改造 工程'] });
    await insertSubscription(api.dataSource, a.id, { name: '重庆全部', regions: ['500000'] });
    await insertSubscription(api.dataSource, a.id, { name: '监理', keywords: ['监理'] });

    const title = '渝中区<script>alert(1)</script>道路改造工程施工招标公告';
    const first = await ingest([bulletin(title)]);
    const partner = await api.app.get(SourcesService).create('partner');
    await ingest([{ ...bulletin(title), sourceId: 'partner-1' }], partner.apiKey);
    await ingest([{ ...bulletin(title), sourceId: first.body.results[0].sourceId }]); // same item again

    await drain();
    await smtp.waitForMessages(1, 10000);
    await drain();
    const mails = mailTo('a@example.test');
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    expect(mail.subject).toMatch(/【标讯订阅】/);
    expect(mail.subject).toMatch(/1条/);
    expect(mail.html).not.toContain('<script>alert(1)</script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.text).toContain('道路改造工程施工招标公告');
    // Shown in full once (its snippet), and referred back to in the other two groups.
    expect(mail.text.split('本项目为城市道路改造工程').length - 1).toBe(1);
    expect(mail.text.split('另见上文').length - 1).toBe(2);
    for (const name of ['道路', '改造', '重庆全部']) expect(mail.text).toContain(name);
    expect(mail.text).not.toContain('监理');
    expect(mail.headers['list-unsubscribe']).toMatch(/<https:\/\/alerts\.test\/u\/[^>]+>, <mailto:/);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const deliveries = await api.dataSource.getRepository(Delivery).findBy({ memberId: a.id });
    expect(deliveries.map((d) => d.status)).toEqual(['sent']);

    // The 不相关 link, once per bulletin shown: GET only asks, POST marks it for all three subscriptions.
    const notRelevant = [...mail.text.matchAll(/不相关：(https:\/\/alerts\.test\/nr\/\S+)/g)].map((m) => new URL(m[1]).pathname);
    expect(notRelevant).toHaveLength(1);
    expect(mail.html).toContain(`href="https://alerts.test${notRelevant[0]}"`);
    const marks = () => api.dataSource.query(`SELECT source FROM not_relevant_marks WHERE member_id = $1`, [a.id]);
    expect((await request(api.url).get(notRelevant[0]).expect(200)).text).toContain('道路改造工程施工招标公告');
    expect(await marks()).toEqual([]);
    await request(api.url).post(notRelevant[0]).expect(200);
    expect(await marks()).toEqual([{ source: 'email' }, { source: 'email' }, { source: 'email' }]);
  });

  it('shows the body sentence a keyword hit in, cut from the stored body, in the email and the inbox', async () => {
    const member = await signUp(api);
    await request(api.url)
      .post('/v1/subscriptions')
      .set(bearer(member.accessToken))
      .send({ name: '排水', keywords: ['雨污分流'] })
      .expect(201);
    // Past the 600 characters the email's snippet reads, so only the hit's sentence can show it.
    const filler = '本项目位于渝中区，施工内容详见招标文件及工程量清单。'.repeat(30);
    const sentence = '同步实施老旧小区雨污分流改造。';
    await ingest([bulletin('渝中区背街小巷整治工程施工招标公告', { body: `${filler}\n${sentence}\n${filler}` })]);
    await drain();
    // The member's other message is the address check sent on registering.
    const alerts = () => mailTo(member.email).filter((m) => m.text.includes('背街小巷整治工程'));
    const [mail] = await eventually(async () => (alerts().length ? alerts() : null), 15000, 'instant email');
    expect(mail.text).toContain(sentence);

    const stored = await api.dataSource.query(`SELECT hit_details FROM matches WHERE member_id = $1`, [member.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].hit_details).toEqual([expect.objectContaining({ term: '雨污分流', place: 'body' })]);
    expect(stored[0].hit_details[0]).not.toHaveProperty('sentence');

    const inbox = await request(api.url).get('/v1/matches').set(bearer(member.accessToken)).expect(200);
    expect(inbox.body.items).toHaveLength(1);
    expect(inbox.body.items[0]).toMatchObject({ hitPlaces: ['body'], hitSentence: sentence });
    expect(inbox.body.items[0].hitDetails).toEqual([{ entry: '雨污分流', term: '雨污分流', place: 'body', aligned: true, sentence }]);
  });

  it('sends a daily digest when due, and one-click unsubscribe stops the next one', async () => {
    const b = await insertMember(api.dataSource, { email: 'b@example.test', digestHour: 0 });
    await insertSubscription(api.dataSource, b.id, { name: '市政', keywords: ['市政'], frequency: 'daily' });
    await ingest([bulletin('渝中区市政道路照明工程招标公告'), bulletin('渝中区市政排水管网招标公告')]);
    await drain();
    expect(mailTo('b@example.test')).toHaveLength(0); // nothing before the digest tick

    await api.jobs.add('digest.tick', {});
    await eventually(async () => mailTo('b@example.test').length === 1, 15000, 'daily digest');
    const digest = mailTo('b@example.test')[0];
    expect(digest.subject).toMatch(/2条/);
    expect(digest.text).toContain('照明');
    expect(digest.text).toContain('排水');

    const link = /<(https:\/\/alerts\.test\/u\/[^>]+)>/.exec(digest.headers['list-unsubscribe'])![1];
    const path = new URL(link).pathname;
    const page = await request(api.url).get(path).expect(200);
    expect(page.text).toContain('退订');
    const member = await api.dataSource.getRepository(Member).findOneByOrFail({ id: b.id });
    expect(member.emailEnabled).toBe(true); // a GET changes nothing
    await request(api.url).post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect((await api.dataSource.getRepository(Member).findOneByOrFail({ id: b.id })).emailEnabled).toBe(false);

    smtp.clear();
    await ingest([bulletin('渝中区市政绿化工程招标公告')]);
    await drain();
    await api.jobs.add('digest.tick', {});
    await drain();
    await waitForQueuesToDrain([api.jobs.queue(QUEUES.digest), api.jobs.queue(QUEUES.delivery)], 10000);
    expect(mailTo('b@example.test')).toHaveLength(0);
  });

  it('retries after an SMTP 4xx and suppresses the address after a 5xx', async () => {
    // Outside 重庆, so only members c and d are told (the failure scripts hit their messages).
    const chengdu = (title: string) =>
      bulletin(title, { regionText: '四川-成都-', buyer: '成都市水务局', body: '项目编号：CD-1\n预算金额：80万元' });
    const c = await insertMember(api.dataSource, { email: 'c@example.test' });
    await insertSubscription(api.dataSource, c.id, { name: '污水', keywords: ['污水'] });
    smtp.failNext(451, '4.3.0 try again later');
    await ingest([chengdu('成都市污水处理厂提标招标公告')]);
    await eventually(async () => mailTo('c@example.test').length === 1, 20000, 'retried email');
    // The sink holds the message a moment before the worker records it as sent.
    await eventually(
      async () => (await api.dataSource.getRepository(Delivery).findOneBy({ memberId: c.id }))?.status === 'sent',
      10000,
      'retried delivery recorded',
    );
    const [retried] = await api.dataSource.getRepository(Delivery).findBy({ memberId: c.id });
    expect(retried).toMatchObject({ status: 'sent', attempts: 2 });
    expect(mailTo('c@example.test')).toHaveLength(1);

    const d = await insertMember(api.dataSource, { email: 'd@example.test' });
    await insertSubscription(api.dataSource, d.id, { name: '桥梁', keywords: ['桥梁'] });
    smtp.failNext(550, '5.1.1 no such user');
    await ingest([chengdu('成都市桥梁检测服务招标公告')]);
    await eventually(
      async () => (await api.dataSource.getRepository(Delivery).findOneBy({ memberId: d.id }))?.status === 'bounced',
      15000,
      'bounce',
    );
    expect((await api.dataSource.getRepository(Member).findOneByOrFail({ id: d.id })).emailBouncedAt).not.toBeNull();

    await ingest([chengdu('成都市桥梁维修工程招标公告')]);
    await drain();
    const notes = await api.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE member_id = $1`, [d.id]);
    expect(notes[0].n).toBe(1); // no new notification for a bounced address
  });

  it('records a message cut off after DATA as unknown, never resends it, and says so next time', async () => {
    const e = await insertMember(api.dataSource, { email: 'e@example.test' });
    await insertSubscription(api.dataSource, e.id, { name: '隧道', keywords: ['隧道'] });
    const tunnel = (title: string) => bulletin(title, { regionText: '贵州-贵阳-', buyer: '贵阳市交通局', body: '项目编号：GY-1' });
    smtp.dropNext('data');
    await ingest([tunnel('贵阳市隧道照明改造招标公告')]);
    await eventually(
      async () => (await api.dataSource.getRepository(Delivery).findOneBy({ memberId: e.id }))?.status === 'unknown',
      15000,
      'unknown delivery',
    );
    await drain();
    expect(mailTo('e@example.test')).toHaveLength(0); // dropped by the server, and not retried

    await ingest([tunnel('贵阳市隧道通风设备采购公告')]);
    await eventually(async () => mailTo('e@example.test').length === 1, 15000, 'next email');
    const next = mailTo('e@example.test')[0];
    expect(next.text).toContain('通风设备');
    expect(next.text).not.toContain('隧道照明改造');
    expect(next.text).toMatch(/发送状态未知/);
  });
});
