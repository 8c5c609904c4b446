import { DataSource } from 'typeorm';
import { loadConfig, perWorkerDatabase, testEnvironment } from '@app/config';
import { dataSourceOptions, runMigrations } from '@app/database';

// The browser suite keeps to a database of its own, so it can run beside other suites (other
// people's, on the same machine) that reset the shared test database; one per Jest worker.
export const WEB_TEST_DATABASE_URL = perWorkerDatabase(
  process.env.WEB_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tenders_web_test',
);

const connect = async (url: string) => new DataSource(dataSourceOptions(loadConfig(testEnvironment({ DATABASE_URL: url })))).initialize();

/** Creates the database when missing and applies the migrations. */
export async function prepareWebDatabase(url = WEB_TEST_DATABASE_URL): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const server = new URL(url);
  server.pathname = '/postgres';
  const admin = await connect(server.toString());
  try {
    const rows: unknown[] = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rows.length) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.destroy();
  }
  const ds = await connect(url);
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
}
