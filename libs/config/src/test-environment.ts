import { randomBytes } from 'node:crypto';

/**
 * The environment tests run with: the test database, silent logs, and a queue prefix of their
 * own so suites never see each other's jobs. Lives here because only libs/config reads process.env.
 */
export function testEnvironment(overrides: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tenders_test',
    QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    ...overrides,
  };
}
