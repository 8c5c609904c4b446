import { loadConfig } from '@app/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (migration:generate/run/revert). */
const config = loadConfig();
// Migrations hold a session-level lock: straight to PostgreSQL, never through a transaction pooler.
export default new DataSource(dataSourceOptions({ database: { ...config.database, url: config.database.migrationUrl } }));
