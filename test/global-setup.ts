// Runs once before all suites: claims the test database for this run, then applies migrations to it
// (services.sh created it).
import 'tsconfig-paths/register';
import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '../libs/config/src';
import { dataSourceOptions, runMigrations } from '../libs/database/src';
import { TEST_RUN_LOCK, testRunClaim } from './test-run-claim';

export default async function globalSetup(): Promise<void> {
  const config = loadConfig(testEnvironment());
  await claimDatabase(config.database.url);
  const dataSource = new DataSource(dataSourceOptions(config));
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
  } catch (err) {
    // No teardown follows a failed setup: let go of the database here.
    await testRunClaim.connection?.destroy();
    throw err;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

// Suites empty every table (resetDatabase) between their steps. A second run on the same database
// would empty them under this one's feet: a source key created a moment ago is gone, a member
// vanishes mid-test. So one run at a time holds the database, for as long as the run lasts (the
// lock is the connection's: it goes with the process, however that ends).
async function claimDatabase(url: string): Promise<void> {
  // A pool of one that never closes it for being idle: the lock stays on the session that took it.
  const connection = new DataSource({ type: 'postgres', url, extra: { max: 1, idleTimeoutMillis: 0 } });
  await connection.initialize();
  const [{ claimed }] = await connection.query('SELECT pg_try_advisory_lock($1) AS claimed', [TEST_RUN_LOCK]);
  if (!claimed) {
    await connection.destroy();
    const name = new URL(url).pathname.slice(1);
    throw new Error(`Another test run is using the database ${name}; give this one its own (TEST_DATABASE_URL) or wait for it to end.`);
  }
  testRunClaim.connection = connection;
}
