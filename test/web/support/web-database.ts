import { DataSource } from 'typeorm';
import { loadConfig, perWorkerDatabase, testEnvironment } from '@app/config';
import { dataSourceOptions, runMigrations } from '@app/database';
import { createDatabaseIfMissing } from '../../create-database';

// The browser suite keeps to a database of its own, so it can run beside other suites (other
// people's, on the same machine) that reset the shared test database; one per Jest worker.
export const WEB_TEST_DATABASE_URL = perWorkerDatabase(
  process.env.WEB_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tenders_web_test',
);

const connect = async (url: string) => new DataSource(dataSourceOptions(loadConfig(testEnvironment({ DATABASE_URL: url })))).initialize();

/** Creates the database when missing and applies the migrations. */
export async function prepareWebDatabase(url = WEB_TEST_DATABASE_URL): Promise<void> {
  await createDatabaseIfMissing(url);
  const ds = await connect(url);
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
}
