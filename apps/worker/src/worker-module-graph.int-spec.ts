import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** The files a fresh Node process has loaded after requiring `modulePath`, as Node resolves them. */
function loadedBy(modulePath: string): string[] {
  const out = execFileSync(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      '-e',
      `require('reflect-metadata'); require(${JSON.stringify(modulePath)}); console.log(JSON.stringify(Object.keys(require.cache)))`,
    ],
    { cwd: ROOT, env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') }, encoding: 'utf8', timeout: 120_000 },
  );
  return (JSON.parse(out.trim().split('\n').pop()!) as string[]).map((f) => f.replace(ROOT, ''));
}

const ARGON2 = /\/node_modules\/argon2\//;
const ADMIN = /\/libs\/domain\/src\/(admin\/|entry\/admin)/;
const MEMBER_ACCOUNTS = /\/libs\/domain\/src\/(members\/(password-hasher|member-accounts)|entry\/members)/;

describe('what each app loads from libs/domain', () => {
  it('the worker loads neither argon2 nor the admin read models nor member accounts', () => {
    const files = loadedBy('./apps/worker/src/worker.module');
    expect(files.some((f) => f.includes('/libs/domain/src/entry/worker'))).toBe(true);
    expect(files.filter((f) => ARGON2.test(f) || ADMIN.test(f) || MEMBER_ACCOUNTS.test(f))).toEqual([]);
  });

  it('the api does load them, so the probe above can see them', () => {
    const files = loadedBy('./apps/api/src/api.module');
    expect(files.some((f) => ARGON2.test(f))).toBe(true);
    expect(files.some((f) => ADMIN.test(f))).toBe(true);
    expect(files.some((f) => MEMBER_ACCOUNTS.test(f))).toBe(true);
  });
});
