import request from 'supertest';
import { createTestApi, insertBulletins, resetDatabase, startSmtpTestServer, type SmtpTestServer, type TestApi } from '@app/testing';
import { bearer, signUp } from './support/member-sessions';

describe('GET /v1/me/held-back (api + Postgres)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({ SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    await resetDatabase(api.dataSource);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it("shows what was held back and why, and only the member's own", async () => {
    const [a, b] = [await signUp(api), await signUp(api)];
    const [quiet, capped, unknown, told] = await insertBulletins(api.dataSource, [
      { title: '夜间到达的道路招标公告' },
      { title: '超出短信上限的道路招标公告' },
      { title: '发送状态未知的道路招标公告' },
      { title: '已通知的道路招标公告' },
    ]);
    const [copy] = await insertBulletins(api.dataSource, [{ title: '已通知的道路招标公告' }], 'partner-copy');
    await api.dataSource.query(`UPDATE bulletins SET canonical_id = $1 WHERE id = $2`, [told.id, copy.id]);
    const delivery = async (status: string, error: string | null, period: string, channel = 'sms') =>
      (
        await api.dataSource.query(
          `INSERT INTO deliveries (period_month, member_id, channel, kind, period_key, due_at, status, error) VALUES (date_trunc('month', timezone('UTC', now()))::date, $1, $2, 'instant', $3, now() + interval '8 hours', $4, $5) RETURNING id`,
          [a.id, channel, period, status, error],
        )
      )[0].id;
    const notify = (bulletinId: string, deliveryId: string | null, channel = 'sms') =>
      api.dataSource.query(
        `INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency, status, delivery_id) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, 'instant', 'assigned', $4)`,
        [a.id, bulletinId, channel, deliveryId],
      );
    await notify(quiet.id, await delivery('held', 'quiet hours', 'i:1'));
    await notify(capped.id, await delivery('held', 'daily SMS cap reached', 'i:2'));
    await notify(unknown.id, await delivery('unknown', 'timeout after DATA', 'i:3', 'email'), 'email');
    await notify(told.id, await delivery('sent', null, 'i:4', 'email'), 'email');

    const res = await request(api.url).get('/v1/me/held-back').set(bearer(a.accessToken)).expect(200);
    const byTitle = Object.fromEntries(
      res.body.map((i: { bulletin: { title: string; source: string }; reason: string }) => [
        `${i.bulletin.title}@${i.bulletin.source}`,
        i.reason,
      ]),
    );
    expect(byTitle).toEqual({
      '夜间到达的道路招标公告@fixtures': 'quiet_hours',
      '超出短信上限的道路招标公告@fixtures': 'sms_daily_cap',
      '发送状态未知的道路招标公告@fixtures': 'unknown_delivery',
      '已通知的道路招标公告@partner-copy': 'duplicate',
    });
    const held = res.body.find((i: { reason: string }) => i.reason === 'quiet_hours');
    expect(held).toMatchObject({ channel: 'sms', reasonLabel: expect.stringContaining('免打扰'), until: expect.any(String) });
    expect(res.body.find((i: { reason: string }) => i.reason === 'duplicate').sameAsBulletinId).toBe(told.id);

    expect((await request(api.url).get('/v1/me/held-back').set(bearer(b.accessToken)).expect(200)).body).toEqual([]);
    await request(api.url).get('/v1/me/held-back').expect(401);
  });
});
