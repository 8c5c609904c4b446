import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { dataSourceOptions, runMigrations } from '@app/database';
import { parseCommandArgs } from '../cli-args';
import { type CliIo, println } from '../cli-io';

/** `cli migrate`: applies pending migrations (under an advisory lock, so replicas may race). */
export async function migrateCommand(args: string[], io: CliIo): Promise<number> {
  parseCommandArgs(args, {});
  const config = loadConfig();
  // The advisory lock below is session-level: straight to PostgreSQL (DATABASE_MIGRATION_URL), never a transaction pooler.
  const dataSource = await new DataSource(
    dataSourceOptions({ database: { ...config.database, url: config.database.migrationUrl } }),
  ).initialize();
  try {
    const applied = await runMigrations(dataSource);
    println(io.stdout, applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await dataSource.destroy();
  }
  return 0;
}
