import { DataSource } from 'typeorm';

/** Creates the database `url` names on its server when it does not exist yet (test databases). */
export async function createDatabaseIfMissing(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const server = new DataSource({ type: 'postgres', url: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await server.initialize();
  try {
    const rows: unknown[] = await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rows.length) await server.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await server.destroy();
  }
}
