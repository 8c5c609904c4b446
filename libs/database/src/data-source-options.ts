import { join } from 'node:path';
import { AppConfig } from '@app/config';
import { DataSourceOptions } from 'typeorm';

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
      // Left to itself, Postgres keeps re-planning a prepared statement whose generic plan it
      // estimates dearer than the custom ones — those over an id array of unknown length, the very
      // ones prepared to save their planning. Each named statement (queryPrepared) runs as well on
      // its generic plan; the one that did not (assigning notifications) is sent unnamed.
      ...(config.database.preparedStatements ? { options: '-c plan_cache_mode=force_generic_plan' } : {}),
    },
    ...extra,
  } as DataSourceOptions;
}
