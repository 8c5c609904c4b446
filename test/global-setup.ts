// Runs once before all suites: migrations are applied to the test database (services.sh created it).
import 'tsconfig-paths/register';
import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '../libs/config/src';
import { dataSourceOptions, runMigrations } from '../libs/database/src';

export default async function globalSetup(): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(loadConfig(testEnvironment())));
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
