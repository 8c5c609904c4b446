import { randomBytes } from 'node:crypto';

const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/tenders_test';

/**
 * The database of this Jest worker. Suites empty every table between their steps, so two suites
 * running side by side need a database each: worker 1 has the configured one, worker N the same
 * name with `_wN` (test/global-setup.ts creates and migrates them).
 */
export function perWorkerDatabase(url: string, worker = process.env.JEST_WORKER_ID): string {
  if (!worker || worker === '1') return url;
  const u = new URL(url);
  u.pathname = `${u.pathname}_w${worker}`;
  return u.toString();
}

/** The test database of this worker (TEST_DATABASE_URL, or tenders_test). */
export const testDatabaseUrl = (): string => perWorkerDatabase(process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL);

/**
 * The environment tests run with: the test database, silent logs, and a queue prefix of their
 * own so suites never see each other's jobs. Lives here because only libs/config reads process.env.
 */
export function testEnvironment(overrides: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: testDatabaseUrl(),
    QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    ...overrides,
  };
}
