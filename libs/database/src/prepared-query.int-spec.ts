import { DataSource } from 'typeorm';
import { loadConfig, testEnvironment } from '@app/config';
import { dataSourceOptions } from './data-source-options';
import { queryPrepared } from './prepared-query';

describe('queryPrepared', () => {
  const config = loadConfig(testEnvironment());
  let prepared: DataSource;
  let unnamed: DataSource;

  beforeAll(async () => {
    // One connection each, so every call below meets the same server session.
    const options = (preparedStatements: boolean) =>
      dataSourceOptions({ database: { url: config.database.url, poolSize: 1, preparedStatements } });
    prepared = await new DataSource(options(true)).initialize();
    unnamed = await new DataSource(options(false)).initialize();
  });
  afterAll(async () => {
    await prepared.destroy();
    await unnamed.destroy();
  });

  const ours = (ds: DataSource) =>
    queryPrepared<{ name: string; statement: string }>(
      ds,
      `SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'ta\\_%' ORDER BY name`,
      [],
    );

  it('prepares a statement once per connection and answers with its rows', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    expect(await queryPrepared(prepared, text, [1])).toEqual([{ n: 2 }]);
    expect(await queryPrepared(prepared, text, [41])).toEqual([{ n: 42 }]);
    const names = (await ours(prepared)).filter((s) => s.statement === text);
    expect(names).toHaveLength(1);
  });

  it('returns the rows of an UPDATE … RETURNING inside the caller’s transaction', async () => {
    await prepared.transaction(async (em) => {
      await em.query(`CREATE TEMP TABLE t (id int, v text) ON COMMIT DROP`);
      await em.query(`INSERT INTO t VALUES (1, 'a'), (2, 'b')`);
      const rows = await queryPrepared<{ id: number }>(em, `UPDATE pg_temp.t SET v = $2 WHERE id = ANY($1::int[]) RETURNING id`, [
        [2],
        'z',
      ]);
      expect(rows).toEqual([{ id: 2 }]);
      // The same transaction saw it: the update ran on the caller's connection.
      expect(await em.query(`SELECT v FROM pg_temp.t ORDER BY id`)).toEqual([{ v: 'a' }, { v: 'z' }]);
    });
  });

  it('sends statements unnamed where prepared statements are switched off', async () => {
    expect(await queryPrepared(unnamed, 'SELECT $1::int * 2 AS n', [21])).toEqual([{ n: 42 }]);
    expect(await ours(unnamed)).toEqual([]);
  });

  it('plans named statements once, generically, on the app data source', async () => {
    const app = await new DataSource(dataSourceOptions(config)).initialize();
    try {
      expect(config.database.preparedStatements).toBe(true);
      expect(await queryPrepared(app, 'SELECT current_setting($1) AS mode', ['plan_cache_mode'])).toEqual([{ mode: 'force_generic_plan' }]);
    } finally {
      await app.destroy();
    }
    expect(await queryPrepared(unnamed, 'SELECT current_setting($1) AS mode', ['plan_cache_mode'])).toEqual([{ mode: 'auto' }]);
  });

  it('passes database errors on with their SQLSTATE', async () => {
    await expect(queryPrepared(prepared, 'SELECT 1 / $1::int', [0])).rejects.toMatchObject({ code: '22012' });
  });
});
