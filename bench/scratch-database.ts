import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions, runMigrations } from '@app/database';

/**
 * A database of the benchmark's own on the test server (or the server `serverUrl` names), named
 * `<prefix>_<pid>…`: created and migrated here, dropped (connections and all) by `drop()`, so a run
 * never touches the test data.
 */
export async function scratchDatabase(prefix: string, serverUrl?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const base = new URL(serverUrl ?? loadConfig(testEnvironment()).database.url);
  const name = `${prefix}_${process.pid}_${Date.now() % 100000}`;
  const admin = new DataSource({ type: 'postgres', url: Object.assign(new URL(base), { pathname: '/postgres' }).toString() });
  await admin.initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = Object.assign(new URL(base), { pathname: `/${name}` }).toString();
  const ds = await new DataSource(dataSourceOptions({ database: { url, poolSize: 2 } })).initialize();
  await runMigrations(ds);
  await ds.destroy();
  return {
    url,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.destroy();
    },
  };
}
