import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from './data-source-options';
import { pendingSchemaChanges } from './migrate';

describe('migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(loadConfig(testEnvironment()))).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('leave no difference between entities and schema', async () => {
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('can be reverted and applied again', async () => {
    const before = await dataSource.query(`SELECT count(*)::int AS n FROM migrations`);
    await dataSource.undoLastMigration({ transaction: 'all' });
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM migrations`)).toEqual(before);
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });
});
