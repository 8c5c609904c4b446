import { loadConfig } from '@app/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (migration:generate/run/revert). */
export default new DataSource(dataSourceOptions(loadConfig()));
