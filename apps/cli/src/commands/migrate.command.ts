import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { dataSourceOptions, runMigrations } from '@app/database';

/** `cli migrate`: applies pending migrations (under an advisory lock, so replicas may race). */
export async function migrateCommand(): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(loadConfig())).initialize();
  try {
    const applied = await runMigrations(dataSource);
    console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await dataSource.destroy();
  }
}
