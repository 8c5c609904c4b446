import request from 'supertest';
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
import { signInAdmin } from './admin-support';
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
  const ingest = (items: object[], apiKey: string) =>
    request(api.url).post('/v1/ingest/bulletins').set('x-api-key', apiKey).send({ items }).expect(200);
  // Alerts only: signing up sends a verification email too.
  const mailTo = (email: string) => smtp.messages.filter((m) => m.envelope.to.includes(email) && m.subject.includes('条新标讯'));
  const drain = () =>
    waitForQueuesToDrain(
      api.jobs.allQueues().filter((q) => q.name !== QUEUES.digest && q.name !== QUEUES.maintenance && q.name !== QUEUES.reminders),
      30000,
    );

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({
      SMTP_URL: smtp.url,
      INSTANT_WINDOW_SECONDS: '1',
      PUBLIC_URL: 'https://alerts.test',
      SWEEP_INTERVAL_MS: '600000',
      PLAN_FREE_FOLLOWS: '2',
      PLAN_FREE_WATCHES: '2',
      RATE_LIMIT_AUTH_PER_MINUTE: '1000',
    });
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

  it('puts a tender, its 更正 and its 中标结果 from another source in one project; a follower gets both later notices without a keyword', async () => {
    const follower = await signUp(api);
    const reader = await signUp(api);
    const t = await ingest([tender], keyA);
    await drain();
    const [{ project_id: projectId }] = await api.dataSource.query(`SELECT project_id FROM bulletins WHERE id = $1`, [
      t.body.results[0].bulletinId,
    ]);
    // The follower has no subscription at all: only the follow brings them anything.
    await request(api.url).post(`/v1/projects/${projectId}/follow`).set(bearer(follower.accessToken)).send({}).expect(200);

    const c = await ingest([correction], keyB);
    await drain();
    await smtp.waitForMessages(1, 10000);
    const first = mailTo(follower.email);
    expect(first).toHaveLength(1);
    expect(first[0].text).toContain('关注的项目');
    expect(first[0].text).toContain('滨江区江堤步道提升改造工程施工招标更正公告');
    expect(first[0].text).toContain('变化：截止时间由 12月20日 09:30 改为 12月27日 09:30');

    smtp.clear();
    const a = await ingest([award], keyB);
    const unrelated = await ingest(
      [
        {
          ...tender,
          sourceId: 'a-2',
          title: '滨江区学校食堂设备采购公告',
          body: '项目编号：BJ-2026-0990',
          deadlineAt: undefined,
          stage: undefined,
        },
      ],
      keyA,
    );
    await drain();
    await smtp.waitForMessages(1, 10000);
    await drain();
    const second = mailTo(follower.email);
    expect(second).toHaveLength(1);
    expect(second[0].text).toContain('变化：中标单位：某某建设集团有限公司；中标金额：452万元');
    expect(second[0].text).not.toContain('学校食堂');

    const ids = [t, c, a, unrelated].map((r) => r.body.results[0].bulletinId as string);
    const rows: Array<{ id: string; project_id: string }> = await api.dataSource.query(
      `SELECT id, project_id FROM bulletins WHERE id = ANY($1)`,
      [ids],
    );
    const projectOf = new Map(rows.map((r) => [r.id, r.project_id]));
    expect([projectOf.get(ids[1]), projectOf.get(ids[2])]).toEqual([projectId, projectId]);
    expect(projectOf.get(ids[3])).not.toBe(projectId);
    // One ledger row per (member, bulletin, channel), carrying its reason beside it.
    const ledger = await api.dataSource.query(
      `SELECT n.bulletin_id, f.changes FROM notifications n JOIN follow_notices f ON f.member_id = n.member_id AND f.bulletin_id = n.bulletin_id WHERE n.member_id = $1 ORDER BY n.created_at`,
      [follower.id],
    );
    expect(ledger.map((l: { bulletin_id: string }) => l.bulletin_id)).toEqual([ids[1], ids[2]]);

    // The inbox has them too, with why and what changed; the bulletin page opens for the follower only.
    const inbox = (await request(api.url).get('/v1/matches').set(bearer(follower.accessToken)).expect(200)).body;
    expect(inbox.items.map((i: { bulletin: { id: string } }) => i.bulletin.id)).toEqual([ids[2], ids[1]]);
    expect(inbox.items[1]).toMatchObject({
      kind: 'follow',
      reasonLabel: '关注的项目',
      subscription: null,
      follow: { projectId, changes: [expect.stringContaining('截止时间由 12月20日 09:30 改为 12月27日 09:30')] },
      watch: null,
    });
    expect(inbox.items[0].follow.changes.join('；')).toContain('中标金额：452万元');
    const paged = (await request(api.url).get('/v1/matches').query({ limit: 1 }).set(bearer(follower.accessToken)).expect(200)).body;
    const next = (
      await request(api.url).get('/v1/matches').query({ limit: 1, cursor: paged.nextCursor }).set(bearer(follower.accessToken)).expect(200)
    ).body;
    expect([...paged.items, ...next.items].map((i: { id: string }) => i.id)).toEqual(inbox.items.map((i: { id: string }) => i.id));
    expect((await request(api.url).get('/v1/matches').set(bearer(reader.accessToken)).expect(200)).body.items).toEqual([]);
    await request(api.url).get(`/v1/bulletins/${ids[1]}`).set(bearer(follower.accessToken)).expect(200);
    await request(api.url).get(`/v1/bulletins/${ids[1]}`).set(bearer(reader.accessToken)).expect(404);

    const res = await request(api.url).get(`/v1/projects/${projectId}`).set(bearer(reader.accessToken)).expect(200);
    expect(res.body).toMatchObject({
      buyer: BUYER,
      category: 'award',
      stage: 'result',
      budgetYuan: 4800000,
      winners: ['某某建设集团有限公司'],
      awardYuan: 4520000,
      deadlineAt: '2026-12-27T01:30:00.000Z',
    });
    expect(res.body.timeline.map((n: { source: string; stageLabel: string }) => [n.source, n.stageLabel])).toEqual([
      ['portal-a', expect.any(String)],
      ['aggregator-b', '更正'],
      ['aggregator-b', expect.any(String)],
    ]);
    await request(api.url).get(`/v1/projects/${projectId}`).expect(401);
    await request(api.url).get('/v1/projects/00000000-0000-4000-8000-000000000000').set(bearer(reader.accessToken)).expect(404);
  });

  it('offers 关注此项目 as a signed link in alerts: GET asks, POST follows; plan limits hold', async () => {
    const member = await signUp(api);
    await request(api.url)
      .post('/v1/subscriptions')
      .set(bearer(member.accessToken))
      .send({ name: '管网', keywords: ['雨污管网'] })
      .expect(201);
    smtp.clear();
    await ingest(
      [
        {
          sourceId: 'a-30',
          title: '城西片区雨污管网改造工程招标公告',
          body: '项目编号：CX-2026-3001\n招标人：某某市城西街道办事处',
          buyer: '某某市城西街道办事处',
          publishedAt: '2026-12-02',
        },
      ],
      keyA,
    );
    await drain();
    await smtp.waitForMessages(1, 10000);
    const [mail] = mailTo(member.email);
    const link = /https:\/\/alerts\.test(\/f\/[^\s]+)/.exec(mail.text)![1];
    const page = await request(api.url).get(link).expect(200);
    expect(page.text).toContain('城西片区雨污管网改造工程');
    expect((await request(api.url).get('/v1/me/follows').set(bearer(member.accessToken))).body).toEqual([]);
    await request(api.url).post(link).type('form').send({ action: 'follow' }).expect(200);
    const follows = (await request(api.url).get('/v1/me/follows').set(bearer(member.accessToken)).expect(200)).body;
    expect(follows).toEqual([
      expect.objectContaining({
        name: expect.stringContaining('城西片区雨污管网改造工程'),
        channels: ['email'],
        reminderOffsetsHours: [72, 24],
      }),
    ]);
    await request(api.url)
      .get(`${link.slice(0, -3)}xyz`)
      .expect(404);

    // The free plan's limit (PLAN_FREE_FOLLOWS=2 here): the third project is refused.
    const [p2] = await api.dataSource.query(
      `INSERT INTO projects (key, name, category) VALUES ('p-limit-2', '二号', 'tender') RETURNING id`,
    );
    const [p3] = await api.dataSource.query(
      `INSERT INTO projects (key, name, category) VALUES ('p-limit-3', '三号', 'tender') RETURNING id`,
    );
    await request(api.url)
      .post(`/v1/projects/${p2.id}/follow`)
      .set(bearer(member.accessToken))
      .send({ reminderOffsetsHours: [48] })
      .expect(200);
    const refused = await request(api.url).post(`/v1/projects/${p3.id}/follow`).set(bearer(member.accessToken)).send({});
    expect(refused.body.code).toBe('plan_follow_limit');
    await request(api.url).delete(`/v1/projects/${p2.id}/follow`).set(bearer(member.accessToken)).expect(204);
    await request(api.url).post(`/v1/projects/${p3.id}/follow`).set(bearer(member.accessToken)).send({}).expect(200);
  });

  it('plans reminders 3 days and 1 day before the deadline, moves them with a 更正, sends email with an .ics, none after 终止', async () => {
    const member = await signUp(api);
    const reminders = api.jobs.queue(QUEUES.reminders);
    const hour = 3_600_000;
    const first = new Date(Math.ceil(Date.now() / hour) * hour + 5 * 24 * hour);
    const moved = new Date(first.getTime() + 3 * 24 * hour);
    const iso = (d: Date) => d.toISOString();
    const t = await ingest(
      [
        {
          sourceId: 'a-50',
          title: '北岸公园照明改造工程招标公告',
          body: '项目编号：BA-2026-5001\n招标人：某某市北岸公园管理处',
          buyer: '某某市北岸公园管理处',
          publishedAt: iso(new Date()),
          deadlineAt: iso(first),
        },
      ],
      keyA,
    );
    await drain();
    const [{ project_id: projectId }] = await api.dataSource.query(`SELECT project_id FROM bulletins WHERE id = $1`, [
      t.body.results[0].bulletinId,
    ]);
    await request(api.url).post(`/v1/projects/${projectId}/follow`).set(bearer(member.accessToken)).send({}).expect(200);
    const jobId = (deadline: Date, offset: number) => `reminder-${member.id}-${projectId}-${deadline.getTime()}-${offset}h`;
    const planned = async (deadline: Date, offset: number) => reminders.getJob(jobId(deadline, offset));
    for (const offset of [72, 24]) {
      const job = (await planned(first, offset))!;
      expect(await job.getState()).toBe('delayed');
      // Due `offset` hours before the deadline (the delay counts from when the job was added).
      expect(job.timestamp + job.opts.delay!).toBeGreaterThan(first.getTime() - offset * hour - 60_000);
      // The delay is computed a moment before BullMQ stamps the job: a few ms either way.
      expect(job.timestamp + job.opts.delay!).toBeLessThanOrEqual(first.getTime() - offset * hour + 1000);
    }

    // A 更正 from another source moves the deadline: new jobs for the new deadline.
    await ingest(
      [
        {
          sourceId: 'b-50',
          title: '北岸公园照明改造工程招标更正公告',
          body: '原公告的项目编号：BA-2026-5001\n投标截止时间延期',
          publishedAt: iso(new Date()),
          deadlineAt: iso(moved),
          category: 'change',
          stage: 'correction',
        },
      ],
      keyB,
    );
    await drain();
    expect(await (await planned(moved, 24))!.getState()).toBe('delayed');

    // The old deadline's reminder skips when it comes due; the new one sends, with an .ics.
    smtp.clear();
    const done = (deadline: Date, offset: number) =>
      eventually(async () => (await (await planned(deadline, offset))!.getState()) === 'completed', 15000, `reminder ${offset}h done`);
    await (await planned(first, 72))!.promote();
    await (await planned(moved, 24))!.promote();
    await Promise.all([done(first, 72), done(moved, 24)]);
    const mail = await smtp
      .waitForMessages(1, 10000)
      .then(() => smtp.messages.filter((m) => m.envelope.to.includes(member.email) && m.subject.includes('投标截止提醒')));
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toContain('北岸公园照明改造工程');
    expect(mail[0].text).toContain('截止时间已由更正/延期公告调整');
    const ics = (mail[0].parsed.attachments as Array<{ filename: string; content: Buffer }>).find((a) => a.filename === 'deadline.ics')!;
    const stamp = moved
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    expect(ics.content.toString()).toContain(`DTSTART:${stamp}`);
    expect(await (await planned(first, 72))!.getState()).toBe('completed');
    expect((await planned(first, 72))!.returnvalue).toEqual({ skip: 'deadline moved' });
    const sent = await api.dataSource.query(`SELECT offset_hours, channel FROM project_reminders WHERE member_id = $1`, [member.id]);
    expect(sent).toEqual([{ offset_hours: 24, channel: 'email' }]);

    // After a 终止 no reminder goes out.
    await ingest(
      [
        {
          sourceId: 'b-51',
          title: '北岸公园照明改造工程终止公告',
          body: '原公告的项目编号：BA-2026-5001\n本项目终止。',
          publishedAt: iso(new Date()),
          category: 'other',
        },
      ],
      keyB,
    );
    await drain();
    await (await planned(moved, 72))!.promote();
    await done(moved, 72);
    expect((await planned(moved, 72))!.returnvalue).toEqual({ skip: 'terminated' });
  });

  it('watches a party: every award a company wins and everything a hospital publishes, with name variants folded', async () => {
    const member = await signUp(api);
    const other = await signUp(api);
    // Written in other variants than the notices use: 有限责任公司, traditional characters, brackets.
    const rival = await request(api.url)
      .post('/v1/watches')
      .set(bearer(member.accessToken))
      .send({ name: '某某建設集團有限責任公司', role: 'winner' })
      .expect(201);
    await request(api.url)
      .post('/v1/watches')
      .set(bearer(member.accessToken))
      .send({ name: '（某某市）第三人民医院', role: 'buyer' })
      .expect(201);
    expect((await request(api.url).get('/v1/watches').set(bearer(other.accessToken)).expect(200)).body).toEqual([]);
    await request(api.url).delete(`/v1/watches/${rival.body.id}`).set(bearer(other.accessToken)).expect(404);
    smtp.clear();
    await ingest(
      [
        {
          sourceId: 'a-70',
          title: '东湖路排水管道修复工程中标结果公告',
          body: '中标人：某某建设集团有限公司江东分公司',
          category: 'award',
          buyer: '某某市排水管理处',
          winners: ['某某建设集团有限公司江东分公司'],
          awardYuan: 1230000,
          publishedAt: '2026-12-03',
        },
        {
          sourceId: 'a-71',
          title: '某某市第三人民医院病房空调采购公告',
          body: '采购人：某某市第三人民医院',
          buyer: '某某市第三人民医院',
          publishedAt: '2026-12-03',
        },
        {
          sourceId: 'a-72',
          title: '西湖路排水管道修复工程中标结果公告',
          body: '中标人：另一家建设有限公司',
          category: 'award',
          buyer: '某某市排水管理处',
          winners: ['另一家建设有限公司'],
          publishedAt: '2026-12-03',
        },
        // The watched company as a buyer is not what a winner watch asks for.
        {
          sourceId: 'a-73',
          title: '某某建设集团有限公司办公楼装修招标公告',
          body: '招标人：某某建设集团有限公司',
          buyer: '某某建设集团有限公司',
          publishedAt: '2026-12-03',
        },
      ],
      keyA,
    );
    await drain();
    await smtp.waitForMessages(1, 10000);
    await drain();
    // One or two messages, as the 1 s instant window falls; what counts is what reached the member.
    const text = mailTo(member.email)
      .map((m) => m.text)
      .join('\n');
    expect(text).toContain('关注的单位：某某建設集團有限責任公司');
    expect(text).toContain('东湖路排水管道修复工程中标结果公告');
    expect(text).toContain('关注的单位：（某某市）第三人民医院');
    expect(text).toContain('某某市第三人民医院病房空调采购公告');
    expect(text).not.toContain('西湖路');
    expect(text).not.toContain('办公楼装修');
    expect(mailTo(other.email)).toHaveLength(0);

    // In the inbox as well, each with the watch that brought it and the role the company had.
    const inbox = (await request(api.url).get('/v1/matches').set(bearer(member.accessToken)).expect(200)).body.items;
    const byTitle = Object.fromEntries(inbox.map((i: { bulletin: { title: string } }) => [i.bulletin.title, i]));
    expect(Object.keys(byTitle).sort()).toEqual(['东湖路排水管道修复工程中标结果公告', '某某市第三人民医院病房空调采购公告'].sort());
    expect(byTitle['东湖路排水管道修复工程中标结果公告']).toMatchObject({
      kind: 'watch',
      subscription: null,
      watch: { watchId: rival.body.id, name: '某某建設集團有限責任公司', role: 'winner' },
      reasonLabel: expect.stringContaining('关注的单位：某某建設集團有限責任公司'),
    });
    expect((await request(api.url).get('/v1/matches').set(bearer(other.accessToken)).expect(200)).body.items).toEqual([]);

    const suggestions = await request(api.url).get('/v1/parties').query({ q: '人民医院' }).set(bearer(member.accessToken)).expect(200);
    expect(suggestions.body).toEqual(expect.arrayContaining([expect.objectContaining({ name: '某某市第三人民医院', roles: ['buyer'] })]));
    await request(api.url).get('/v1/parties').set(bearer(member.accessToken)).expect(400);
  });

  it('holds the plan limit on watched organisations (PLAN_FREE_WATCHES=2 here); the same watch again is an update', async () => {
    const member = await signUp(api);
    const watch = (name: string, role = 'any') => request(api.url).post('/v1/watches').set(bearer(member.accessToken)).send({ name, role });
    const first = (await watch('某某市公共资源交易中心', 'agency').expect(201)).body;
    await watch('某某市第一人民医院', 'buyer').expect(201);
    const refused = await watch('某某路桥工程有限公司', 'winner').expect(422);
    expect(refused.body.code).toBe('plan_watch_limit');
    // Another spelling of a watched name in the same role updates it, at the limit too.
    const again = await watch('某某市公共資源交易中心', 'agency').expect(201);
    expect(again.body.id).toBe(first.id);
    expect((await request(api.url).get('/v1/watches').set(bearer(member.accessToken)).expect(200)).body).toHaveLength(2);
    await request(api.url).delete(`/v1/watches/${first.id}`).set(bearer(member.accessToken)).expect(204);
    await watch('某某路桥工程有限公司', 'winner').expect(201);
    // A pro member has the pro limit.
    await api.dataSource.query(`UPDATE members SET plan = 'pro' WHERE id = $1`, [member.id]);
    await watch('某某市第二人民医院', 'buyer').expect(201);
  });

  it('lets an admin split a wrongly linked notice off and merge projects back, audited; followers move with a merge', async () => {
    const admin = await signInAdmin(api);
    const follower = await signUp(api);
    const res = await ingest(
      [
        {
          sourceId: 'a-90',
          title: '南湖小学操场改造工程招标公告',
          body: '项目编号：NH-2026-9001',
          buyer: '某某区南湖小学',
          publishedAt: '2026-12-01',
        },
        {
          sourceId: 'a-91',
          title: '南湖小学操场改造工程中标结果公告',
          body: '项目编号：NH-2026-9001',
          buyer: '某某区南湖小学',
          category: 'award',
          publishedAt: '2026-12-04',
        },
      ],
      keyA,
    );
    await drain();
    const [tenderId, awardId] = res.body.results.map((r: { bulletinId: string }) => r.bulletinId);
    const [{ project_id: projectId }] = await api.dataSource.query(`SELECT project_id FROM bulletins WHERE id = $1`, [tenderId]);
    const as = (t: string) => bearer(t);
    const split = await request(api.url)
      .post(`/v1/admin/projects/${projectId}/split`)
      .set(as(admin.token))
      .send({ bulletinIds: [awardId] })
      .expect(200);
    const newId = split.body.newProjectId;
    expect(
      (await request(api.url).get(`/v1/projects/${projectId}`).set(as(follower.accessToken))).body.timeline.map(
        (n: { bulletinId: string }) => n.bulletinId,
      ),
    ).toEqual([tenderId]);
    expect(
      (await request(api.url).get(`/v1/projects/${newId}`).set(as(follower.accessToken))).body.timeline.map(
        (n: { bulletinId: string }) => n.bulletinId,
      ),
    ).toEqual([awardId]);
    await request(api.url)
      .post(`/v1/admin/projects/${projectId}/split`)
      .set(as(admin.token))
      .send({ bulletinIds: [tenderId] })
      .expect(400);

    await request(api.url).post(`/v1/projects/${newId}/follow`).set(as(follower.accessToken)).send({}).expect(200);
    await request(api.url).post(`/v1/admin/projects/${newId}/merge`).set(as(admin.token)).send({ intoId: projectId }).expect(200);
    const merged = await request(api.url).get(`/v1/projects/${newId}`).set(as(follower.accessToken)).expect(200);
    expect(merged.body.id).toBe(projectId);
    expect(merged.body.timeline).toHaveLength(2);
    expect(
      (await request(api.url).get('/v1/me/follows').set(as(follower.accessToken))).body.map((f: { projectId: string }) => f.projectId),
    ).toEqual([projectId]);
    const audit = (await request(api.url).get('/v1/admin/audit').query({ action: 'project' }).set(as(admin.token)).expect(200)).body.items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['project.merge', 'project.split']);
    await request(api.url).post(`/v1/admin/projects/${projectId}/merge`).set(as(follower.accessToken)).send({ intoId: newId }).expect(403);
  });

  it('keeps a split apart: a later notice carrying keys of both sides joins the side its own name names, and nothing merges back', async () => {
    const admin = await signInAdmin(api);
    const buyer = '某某区南湖小学';
    // One code given to two procurements of the school: linked on the code, then split by hand.
    const notice = (sourceId: string, title: string, publishedAt: string, extra: object = {}) => ({
      sourceId,
      title,
      body: '项目编号：NH-2026-9100',
      buyer,
      publishedAt,
      ...extra,
    });
    const res = await ingest(
      [notice('a-92', '南湖小学围墙修缮工程招标公告', '2026-12-01'), notice('a-93', '南湖小学食堂设备采购公告', '2026-12-02')],
      keyA,
    );
    await drain();
    const [wallId, canteenId] = res.body.results.map((r: { bulletinId: string }) => r.bulletinId);
    const projectOf = async (id: string) =>
      (await api.dataSource.query<Array<{ project_id: string }>>(`SELECT project_id FROM bulletins WHERE id = $1`, [id]))[0].project_id;
    const wallProject = await projectOf(wallId);
    expect(await projectOf(canteenId)).toBe(wallProject);
    const split = await request(api.url)
      .post(`/v1/admin/projects/${wallProject}/split`)
      .set(bearer(admin.token))
      .send({ bulletinIds: [canteenId] })
      .expect(200);
    const canteenProject = split.body.newProjectId as string;

    // Both carry the code; the correction's name is the canteen's, the award's the wall's.
    const later = await ingest(
      [
        notice('b-94', '南湖小学食堂设备采购更正公告', '2026-12-06', { category: 'change', stage: 'correction' }),
        notice('b-95', '南湖小学围墙修缮工程中标结果公告', '2026-12-20', { category: 'award', winners: ['某某建筑工程有限公司'] }),
      ],
      keyB,
    );
    await drain();
    const [correctionId, awardId] = later.body.results.map((r: { bulletinId: string }) => r.bulletinId);
    expect(await projectOf(correctionId)).toBe(canteenProject);
    expect(await projectOf(awardId)).toBe(wallProject);
    const live = await api.dataSource.query(`SELECT id, merged_into FROM projects WHERE id = ANY($1) ORDER BY id`, [
      [wallProject, canteenProject],
    ]);
    expect(live.map((p: { merged_into: string | null }) => p.merged_into)).toEqual([null, null]);
    const timeline = async (id: string) =>
      (await request(api.url).get(`/v1/projects/${id}`).set(bearer(admin.token)).expect(200)).body.timeline.map(
        (n: { bulletinId: string }) => n.bulletinId,
      );
    expect(await timeline(wallProject)).toEqual([wallId, awardId]);
    expect(await timeline(canteenProject)).toEqual([canteenId, correctionId]);

    // Merged back by hand, the marker goes: the two are one project from then on.
    await request(api.url)
      .post(`/v1/admin/projects/${canteenProject}/merge`)
      .set(bearer(admin.token))
      .send({ intoId: wallProject })
      .expect(200);
    expect(await api.dataSource.query(`SELECT 1 FROM project_splits WHERE $1 IN (project_id, split_from)`, [wallProject])).toEqual([]);
  });
});
