import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { testEnvironment } from '@app/config';
import { createTestApi, resetDatabase, type TestApi } from '@app/testing';
import { uniqueEmail } from './support/member-sessions';

const ROOT = join(__dirname, '..');

/** Runs `npm run admin:create -- …` as an operator would (same command, test database). */
function adminCreate(args: string[], input?: string) {
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'scripts/create-admin.ts', ...args],
    {
      cwd: ROOT,
      env: { ...testEnvironment(), TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
      input,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run admin:create', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
    await resetDatabase(api.dataSource);
  });
  afterAll(() => api.close());

  it('creates a verified admin who can sign in, and refuses to touch an existing account without --promote', async () => {
    const email = uniqueEmail('admin');
    const created = adminCreate(['--email', email, '--password', '-'], 'an admin passphrase\n');
    expect(created).toMatchObject({ code: 0, out: expect.stringContaining(`Admin ${email} created`) });
    const login = await request(api.url).post('/v1/auth/login').send({ email, password: 'an admin passphrase' }).expect(200);
    expect(login.body.member).toMatchObject({ email, role: 'admin' });

    const again = adminCreate(['--email', email, '--password', 'another passphrase']);
    expect(again.code).toBe(1);
    expect(again.out).toContain('--promote');
    await request(api.url).post('/v1/auth/login').send({ email, password: 'an admin passphrase' }).expect(200);
  });

  it('promotes an existing member, and explains bad usage', async () => {
    const email = uniqueEmail('member');
    await request(api.url).post('/v1/auth/register').send({ email, password: 'member passphrase' }).expect(202);
    expect(adminCreate(['--email', email, '--promote'])).toMatchObject({ code: 0, out: expect.stringContaining('is now an admin') });
    expect(
      (await api.dataSource.query(`SELECT role, email_verified_at IS NOT NULL AS verified FROM members WHERE email = $1`, [email]))[0],
    ).toEqual({ role: 'admin', verified: true });

    expect(adminCreate(['--email', 'not-an-email', '--password', 'whatever it is'])).toMatchObject({
      code: 1,
      out: expect.stringContaining('usage:'),
    });
    expect(adminCreate(['--email', uniqueEmail(), '--password', 'short'])).toMatchObject({
      code: 1,
      out: expect.stringContaining('password: must be 8 to 128 characters'),
    });
  });
});
