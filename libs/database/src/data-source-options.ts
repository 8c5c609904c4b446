import { join } from 'node:path';
import { AppConfig } from '@app/config';
import { DataSourceOptions } from 'typeorm';
import { GENERIC_PLANS } from './prepared-query';

// Entities live in libs/domain; a glob keeps the dependency pointing one way (domain → database)
// and works both from sources (ts) and from the build (js).
const ENTITY_GLOB = join(__dirname, '..', '..', 'domain', 'src', '**', '*.entity.{ts,js}');
const MIGRATION_GLOB = join(__dirname, 'migrations', '*.{ts,js}');

/** The one set of TypeORM options, used by the app, the CLI and tests. */
export function dataSourceOptions(
  config: { database: Pick<AppConfig['database'], 'url' | 'poolSize'> & Partial<Pick<AppConfig['database'], 'preparedStatements'>> },
  extra: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    entities: [ENTITY_GLOB],
    migrations: [MIGRATION_GLOB],
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    extra: {
      max: config.database.poolSize,
      // Named statements planned once, generically (see queryPrepared).
      ...(config.database.preparedStatements ? { options: GENERIC_PLANS } : {}),
    },
    ...extra,
  } as DataSourceOptions;
}
