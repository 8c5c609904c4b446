// Runs once before all suites: claims the test databases for this run (one per Jest worker),
// creating the ones services.sh did not, then applies migrations to each.
import 'tsconfig-paths/register';
import type { Config } from '@jest/types';
import { DataSource } from 'typeorm';
import { loadConfig, perWorkerDatabase, testDatabaseUrl, testEnvironment } from '../libs/config/src';
import { dataSourceOptions, runMigrations } from '../libs/database/src';
import { createDatabaseIfMissing } from './create-database';
import { TEST_RUN_LOCK, testRunClaim } from './test-run-claim';

export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  // The parent process has no JEST_WORKER_ID: this is worker 1's database, the base of the others.
  const base = testDatabaseUrl();
  const urls = Array.from({ length: Math.max(1, globalConfig.maxWorkers) }, (_, i) => perWorkerDatabase(base, String(i + 1)));
  try {
    for (const url of urls) await claimDatabase(url);
    await Promise.all(urls.map((url) => migrate(url)));
  } catch (err) {
    // No teardown follows a failed setup: let go of the databases here.
    await Promise.all(testRunClaim.connections.map((c) => c.destroy()));
    testRunClaim.connections = [];
    throw err;
  }
}

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(loadConfig(testEnvironment({ DATABASE_URL: url }))));
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

// Suites empty every table (resetDatabase) between their steps. A second run on the same database
// would empty them under this one's feet: a source key created a moment ago is gone, a member
// vanishes mid-test. So one run at a time holds the database, for as long as the run lasts (the
// lock is the connection's: it goes with the process, however that ends).
async function claimDatabase(url: string): Promise<void> {
  await createDatabaseIfMissing(url);
  // A pool of one that never closes it for being idle: the lock stays on the session that took it.
  const connection = new DataSource({ type: 'postgres', url, extra: { max: 1, idleTimeoutMillis: 0 } });
  await connection.initialize();
  const [{ claimed }] = await connection.query('SELECT pg_try_advisory_lock($1) AS claimed', [TEST_RUN_LOCK]);
  if (!claimed) {
    await connection.destroy();
    const name = new URL(url).pathname.slice(1);
    throw new Error(`Another test run is using the database ${name}; give this one its own (TEST_DATABASE_URL) or wait for it to end.`);
  }
  testRunClaim.connections = [...testRunClaim.connections, connection];
}
