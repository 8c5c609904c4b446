import request from 'supertest';
import { AccountNotifier } from '@app/notify';
import {
  createTestApi,
  insertBulletins,
  insertSubscription,
  resetDatabase,
  startSmtpTestServer,
  type SmtpTestServer,
  type TestApi,
} from '@app/testing';
import { bearer, linkIn, signUp, tokenOf, uniqueEmail } from './support/member-sessions';

describe('member accounts (api + Postgres + Redis + SMTP)', () => {
  let smtp: SmtpTestServer;
  let api: TestApi;
  const count = async (sql: string, params: unknown[]) => Number((await api.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await createTestApi({ SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '1000', PUBLIC_URL: 'https://alerts.example.cn' });
    await resetDatabase(api.dataSource);
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });
  beforeEach(() => smtp.clear());

  it('lives a whole life: register, verify, login, refresh, reuse, change, reset, delete', async () => {
    const http = request(api.url);
    const email = uniqueEmail('life');
    let password = 'first long password';

    // Register: a verification email with a signed link to the public URL.
    await http.post('/v1/auth/register').send({ email: email.toUpperCase(), password }).expect(202);
    const [welcome] = await smtp.waitForMessages(1);
    expect(welcome.envelope.to).toEqual([email]);
    expect(welcome.subject).toContain('验证');
    const verifyLink = linkIn(welcome, '/v1/auth/verify-email');
    expect(welcome.text).toContain('https://alerts.example.cn/v1/auth/verify-email?token=');

    // Not before the address is verified.
    expect((await http.post('/v1/auth/login').send({ email, password }).expect(403)).body.code).toBe('email_not_verified');
    await http.get(`/v1/auth/verify-email?token=${tokenOf(verifyLink)}x`).expect(400);
    expect((await http.get(verifyLink).expect(200)).body).toEqual({ verified: true, email });
    // A browser gets a page; a second click changes nothing.
    const page = await http.get(verifyLink).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('邮箱已验证');

    // Login: a JWT and an opaque refresh token.
    const login = (await http.post('/v1/auth/login').send({ email, password }).expect(200)).body;
    expect(login).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, member: { email, role: 'member' } });
    expect(login.refreshToken).toMatch(/^rt_/);
    expect((await http.get('/v1/me').set(bearer(login.accessToken)).expect(200)).body).toMatchObject({
      email,
      plan: 'free',
      limits: { subscriptions: 3 },
    });
    expect(await count(`SELECT count(*) AS n FROM refresh_tokens WHERE token_hash = $1`, [login.refreshToken])).toBe(0); // stored hashed

    // Refresh rotates: the old token is spent, the new one works.
    const second = (await http.post('/v1/auth/refresh').send({ refreshToken: login.refreshToken }).expect(200)).body;
    expect(second.refreshToken).not.toBe(login.refreshToken);
    const third = (await http.post('/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(200)).body;

    // Reuse of a spent token: every session of the member ends, access tokens included.
    expect((await http.post('/v1/auth/refresh').send({ refreshToken: login.refreshToken }).expect(401)).body.code).toBe(
      'refresh_token_reused',
    );
    // Tokens revoked by that (not spent on a refresh) are merely invalid: no second sign-out.
    expect((await http.post('/v1/auth/refresh').send({ refreshToken: third.refreshToken }).expect(401)).body.code).toBe(
      'refresh_token_invalid',
    );
    expect((await http.get('/v1/me').set(bearer(third.accessToken)).expect(401)).body.code).toBe('token_revoked');

    // Change password: a wrong current one is named; the right one ends other sessions.
    const other = (await http.post('/v1/auth/login').send({ email, password }).expect(200)).body;
    const mine = (await http.post('/v1/auth/login').send({ email, password }).expect(200)).body;
    const wrong = await http
      .post('/v1/auth/change-password')
      .set(bearer(mine.accessToken))
      .send({ currentPassword: 'nope nope nope', newPassword: 'second long password' })
      .expect(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'is wrong' }]);
    const changed = (
      await http
        .post('/v1/auth/change-password')
        .set(bearer(mine.accessToken))
        .send({ currentPassword: password, newPassword: 'second long password' })
        .expect(200)
    ).body;
    password = 'second long password';
    await http.get('/v1/me').set(bearer(other.accessToken)).expect(401);
    await http.get('/v1/me').set(bearer(mine.accessToken)).expect(401);
    await http.post('/v1/auth/refresh').send({ refreshToken: other.refreshToken }).expect(401);
    await http.get('/v1/me').set(bearer(changed.accessToken)).expect(200);
    await http.post('/v1/auth/login').send({ email, password: 'first long password' }).expect(401);
    await http.post('/v1/auth/login').send({ email, password }).expect(200);

    // Forgot password: a one-hour, single-use link; the form posts back.
    smtp.clear();
    await http.post('/v1/auth/forgot-password').send({ email }).expect(202);
    const [resetMail] = await smtp.waitForMessages(1);
    expect(resetMail.subject).toContain('重置密码');
    const resetLink = linkIn(resetMail, '/v1/auth/reset-password');
    const form = await http.get(resetLink).expect(200);
    expect(form.headers['content-type']).toMatch(/text\/html/);
    expect(form.text).toContain(`value="${tokenOf(resetLink)}"`);
    await http
      .post('/v1/auth/reset-password')
      .send({ token: tokenOf(resetLink), password: 'short' })
      .expect(400);
    await http
      .post('/v1/auth/reset-password')
      .send({ token: tokenOf(resetLink), password: 'third long password' })
      .expect(204);
    const again = await http
      .post('/v1/auth/reset-password')
      .send({ token: tokenOf(resetLink), password: 'fourth long password' })
      .expect(400);
    expect(again.body.code).toBe('link_invalid');
    await http.get('/v1/me').set(bearer(changed.accessToken)).expect(401);
    password = 'third long password';
    const last = (await http.post('/v1/auth/login').send({ email, password }).expect(200)).body;

    // Logout revokes the refresh token.
    await http.post('/v1/auth/logout').send({ refreshToken: last.refreshToken }).expect(204);
    expect((await http.post('/v1/auth/refresh').send({ refreshToken: last.refreshToken }).expect(401)).body.code).toBe(
      'refresh_token_invalid',
    );
    await http.get('/v1/me').set(bearer(last.accessToken)).expect(200); // other sessions unaffected by a logout

    // Delete: needs the password, then everything of the member is gone.
    const session = (await http.post('/v1/auth/login').send({ email, password }).expect(200)).body;
    const memberId = session.member.id;
    const sub = await insertSubscription(api.dataSource, memberId, { keywords: ['道路'] });
    const [bulletin] = await insertBulletins(api.dataSource, [{ title: '道路工程' }]);
    await api.dataSource.query(
      `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits) VALUES ($1, $2, (SELECT ledger_month FROM bulletins WHERE id = $2), $3, '{道路}')`,
      [sub.id, bulletin.id, memberId],
    );
    await http.delete('/v1/me').set(bearer(session.accessToken)).send({ password: 'not the password' }).expect(400);
    await http.delete('/v1/me').set(bearer(session.accessToken)).send({ password }).expect(204);
    for (const table of [
      'members WHERE id',
      'subscriptions WHERE member_id',
      'matches WHERE member_id',
      'refresh_tokens WHERE member_id',
    ]) {
      expect({ table, n: await count(`SELECT count(*) AS n FROM ${table} = $1`, [memberId]) }).toEqual({ table, n: 0 });
    }
    expect(await count(`SELECT count(*) AS n FROM bulletins WHERE id = $1`, [bulletin.id])).toBe(1); // shared data stays
    await http.get('/v1/me').set(bearer(session.accessToken)).expect(401);
    await http.post('/v1/auth/login').send({ email, password }).expect(401);
  });

  it('answers a second registration like the first and emails the owner a reset link instead', async () => {
    const { email } = await signUp(api);
    smtp.clear();
    const res = await request(api.url).post('/v1/auth/register').send({ email, password: 'someone else entirely' }).expect(202);
    expect(res.body.message).toMatch(/inbox/);
    const [mail] = await smtp.waitForMessages(1);
    expect(mail.subject).toContain('重置密码');
    await request(api.url).post('/v1/auth/login').send({ email, password: 'someone else entirely' }).expect(401);
  });

  it('keeps suspended members out, ending their sessions at once', async () => {
    const m = await signUp(api);
    await api.dataSource.query(`UPDATE members SET status = 'suspended' WHERE id = $1`, [m.id]);
    expect((await request(api.url).get('/v1/me').set(bearer(m.accessToken)).expect(401)).body.code).toBe('token_revoked');
    expect((await request(api.url).post('/v1/auth/login').send({ email: m.email, password: m.password }).expect(403)).body.code).toBe(
      'account_suspended',
    );
    await request(api.url).post('/v1/auth/refresh').send({ refreshToken: m.refreshToken }).expect(401);
  });

  it('locks an email after five failed sign-ins, whatever the address, even for the right password', async () => {
    const m = await signUp(api);
    for (let i = 0; i < 5; i++)
      await request(api.url)
        .post('/v1/auth/login')
        .send({ email: m.email, password: `wrong password ${i}` })
        .expect(401);
    const locked = await request(api.url).post('/v1/auth/login').send({ email: m.email.toUpperCase(), password: m.password }).expect(429);
    expect(locked.body).toMatchObject({ statusCode: 429, code: 'login_locked' });
    // The lockout's remaining time, as the standard header (15 min window, just started).
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    // An unknown email locks the same way: a lockout tells nothing about accounts.
    const ghost = uniqueEmail('ghost');
    for (let i = 0; i < 5; i++)
      await request(api.url).post('/v1/auth/login').send({ email: ghost, password: 'whatever it is' }).expect(401);
    await request(api.url).post('/v1/auth/login').send({ email: ghost, password: 'whatever it is' }).expect(429);
  });

  it('edits the profile, refusing what a member may not set', async () => {
    const m = await signUp(api);
    const http = request(api.url);
    const res = await http
      .patch('/v1/me')
      .set(bearer(m.accessToken))
      .send({
        displayName: ' 李雷 ',
        company: '重庆建工',
        timezone: 'Asia/Urumqi',
        digestHour: 7,
        digestWeekday: 5,
        quietStart: '21:30',
        quietEnd: '07:00',
        emailEnabled: false,
      })
      .expect(200);
    expect(res.body).toMatchObject({
      displayName: '李雷',
      company: '重庆建工',
      timezone: 'Asia/Urumqi',
      digestHour: 7,
      digestWeekday: 5,
      quietStart: '21:30',
      quietEnd: '07:00',
      emailEnabled: false,
    });
    const bad = await http
      .patch('/v1/me')
      .set(bearer(m.accessToken))
      .send({ timezone: 'Mars/Olympus', digestHour: 24, quietEnd: '25:00' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['digestHour', 'quietEnd']);
    const tz = await http.patch('/v1/me').set(bearer(m.accessToken)).send({ timezone: 'Mars/Olympus' }).expect(400);
    expect(tz.body.errors).toEqual([expect.objectContaining({ field: 'timezone' })]);
    for (const field of ['role', 'plan', 'status', 'email', 'emailVerifiedAt']) {
      const r = await http
        .patch('/v1/me')
        .set(bearer(m.accessToken))
        .send({ [field]: field === 'role' ? 'admin' : 'x' })
        .expect(400);
      expect(r.body.errors).toEqual([expect.objectContaining({ field })]);
    }
    expect((await http.get('/v1/me').set(bearer(m.accessToken))).body).toMatchObject({ role: 'member', plan: 'free' });
  });

  it('verifies a phone by SMS code before SMS alerts, and a new number starts over', async () => {
    const m = await signUp(api);
    const http = request(api.url);
    const sent: Array<{ phone: string; code: string }> = [];
    const notifier = api.app.get(AccountNotifier, { strict: false });
    const spy = jest.spyOn(notifier, 'phoneCode').mockImplementation(async (phone, code) => void sent.push({ phone, code }));
    try {
      expect((await http.post('/v1/me/phone/code').set(bearer(m.accessToken)).expect(400)).body.code).toBe('phone_missing');
      const bad = await http.patch('/v1/me').set(bearer(m.accessToken)).send({ phone: '12345' }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'phone' })]);
      expect((await http.patch('/v1/me').set(bearer(m.accessToken)).send({ phone: '138 0013 8000' }).expect(200)).body).toMatchObject({
        phone: '+8613800138000',
        phoneVerifiedAt: null,
      });
      const early = await http.patch('/v1/me').set(bearer(m.accessToken)).send({ smsEnabled: true }).expect(400);
      expect(early.body.errors).toEqual([expect.objectContaining({ field: 'smsEnabled' })]);

      expect((await http.post('/v1/me/phone/code').set(bearer(m.accessToken)).expect(202)).body).toEqual({
        phone: '+8613800138000',
        expiresIn: 600,
      });
      expect(sent).toEqual([{ phone: '+8613800138000', code: expect.stringMatching(/^\d{6}$/) }]);
      const cooldown = await http.post('/v1/me/phone/code').set(bearer(m.accessToken)).expect(429);
      expect(cooldown.body.code).toBe('code_cooldown');
      expect(Number(cooldown.headers['retry-after'])).toBeGreaterThan(0);
      const code = sent[0].code;
      expect(await api.dataSource.query(`SELECT 1 FROM phone_codes WHERE code_hash = $1`, [code])).toEqual([]); // stored hashed
      const wrongCode = code === '000000' ? '000001' : '000000';
      const wrong = await http.post('/v1/me/phone/verify').set(bearer(m.accessToken)).send({ code: wrongCode }).expect(400);
      expect(wrong.body).toMatchObject({ code: 'code_wrong', errors: [{ field: 'code', message: 'is wrong (4 attempts left)' }] });
      await http.post('/v1/me/phone/verify').set(bearer(m.accessToken)).send({ code: 'abc' }).expect(400);
      await http.post('/v1/me/phone/verify').set(bearer(m.accessToken)).send({ code }).expect(200);

      // Verified, but SMS also needs consent; consent records its time.
      await http.patch('/v1/me').set(bearer(m.accessToken)).send({ smsEnabled: true }).expect(400);
      const on = (await http.patch('/v1/me').set(bearer(m.accessToken)).send({ consentToAlerts: true, smsEnabled: true }).expect(200)).body;
      expect(on).toMatchObject({ smsEnabled: true, phoneVerifiedAt: expect.any(String), consentAt: expect.any(String) });

      // A new number clears verification and SMS.
      const moved = (await http.patch('/v1/me').set(bearer(m.accessToken)).send({ phone: '+86 139 0000 0000' }).expect(200)).body;
      expect(moved).toMatchObject({ phone: '+8613900000000', phoneVerifiedAt: null, smsEnabled: false });
      await http.post('/v1/me/phone/verify').set(bearer(m.accessToken)).send({ code }).expect(400);
    } finally {
      spy.mockRestore();
    }
  });

  it('gives up on a code after five wrong attempts', async () => {
    const m = await signUp(api);
    const http = request(api.url);
    const notifier = api.app.get(AccountNotifier, { strict: false });
    let code = '';
    const spy = jest.spyOn(notifier, 'phoneCode').mockImplementation(async (_phone, c) => void (code = c));
    try {
      await http.patch('/v1/me').set(bearer(m.accessToken)).send({ phone: '13700137000' }).expect(200);
      await http.post('/v1/me/phone/code').set(bearer(m.accessToken)).expect(202);
      const wrong = code === '999999' ? '999998' : '999999';
      for (let i = 0; i < 5; i++) await http.post('/v1/me/phone/verify').set(bearer(m.accessToken)).send({ code: wrong }).expect(400);
      expect((await http.post('/v1/me/phone/verify').set(bearer(m.accessToken)).send({ code }).expect(400)).body.code).toBe('code_expired');
    } finally {
      spy.mockRestore();
    }
  });
});
