import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { testEnvironment } from '@app/config';
import { resetDatabase } from '@app/testing';
import { TestCliApp, createTestCliApp } from '../../test/test-cli-app';
import { DEMO_ADMIN, DEMO_MEMBER } from './seed-demo.command';

const KEY = randomBytes(32).toString('base64');
const ROOT = join(__dirname, '..', '..', '..', '..');

/** `npm run cli -- seed-demo` as an operator runs it, against the test database. */
function seedDemo(env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/cli/src/main.ts', 'seed-demo'],
    {
      cwd: ROOT,
      env: { ...testEnvironment(), TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('cli seed-demo', () => {
  let cli: TestCliApp;
  const accounts = async () =>
    (
      await cli.dataSource.query(`SELECT email FROM members WHERE email = ANY($1) ORDER BY email`, [[DEMO_ADMIN.email, DEMO_MEMBER.email]])
    ).map((r: { email: string }) => r.email);

  beforeAll(async () => {
    cli = await createTestCliApp();
    await resetDatabase(cli.dataSource);
  });
  afterAll(() => cli.close());

  it('refuses a production environment: its admin password is public', async () => {
    const refused = seedDemo({
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(40),
      LINK_SECRET: 'q'.repeat(40),
      SECRETS_ENCRYPTION_KEY: KEY,
    });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('NODE_ENV=production');
    expect(await accounts()).toEqual([]);
  });

  it('seeds a demo admin and member with four subscriptions, and a second run changes nothing', async () => {
    const first = seedDemo();
    expect(first.code).toBe(0);
    expect(first.out).toContain(`demo member  ${DEMO_MEMBER.email} / ${DEMO_MEMBER.password} (4 subscriptions)`);
    expect(await accounts()).toEqual([DEMO_ADMIN.email, DEMO_MEMBER.email]);
    const again = seedDemo();
    expect(again.code).toBe(0);
    expect(again.out).toContain('(already there)');
    const [{ n }] = await cli.dataSource.query(
      `SELECT count(*)::int AS n FROM subscriptions s JOIN members m ON m.id = s.member_id WHERE m.email = $1`,
      [DEMO_MEMBER.email],
    );
    expect(n).toBe(4);
  });
});
