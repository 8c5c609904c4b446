import { DataSource } from 'typeorm';
import { startRealPostgres, type RealPostgres } from '@app/testing';
import { STATEMENT_STATS, statementsByTime } from '../bench/e2e/statement-stats';

// bench:e2e --statements starts its cluster with these settings and reads the table back: a
// setting the server refuses, or a view column this major names otherwise, fails here first.
describe('bench:e2e statement times', () => {
  let pg: RealPostgres;
  let ds: DataSource;

  beforeAll(async () => {
    pg = await startRealPostgres({ settings: STATEMENT_STATS });
    ds = await new DataSource({ type: 'postgres', url: pg.url }).initialize();
    await ds.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()');
  }, 120_000);

  afterAll(async () => {
    await ds?.destroy();
    await pg?.close();
  });

  it('ranks statements by their time, planning included, per bulletin and as a share', async () => {
    await ds.query('CREATE TABLE probe_rows AS SELECT g AS n FROM generate_series(1, 200000) g');
    for (let i = 0; i < 3; i++) await ds.query('SELECT count(*) FROM probe_rows WHERE n % $1 = 0', [i + 2]);
    await ds.query('SELECT 1');
    const top = await statementsByTime(ds, 'tenders', 10);
    const probe = top.find((s) => s.query.startsWith('SELECT count(*) FROM probe_rows'));
    expect(probe).toMatchObject({ calls: 3, rowsPerCall: 1 });
    expect(probe!.msPerBulletin).toBeGreaterThan(0);
    expect(probe!.planMsPerBulletin).toBeGreaterThan(0);
    expect(top[0].msPerBulletin).toBeGreaterThanOrEqual(top[top.length - 1].msPerBulletin);
    expect(top.reduce((sum, s) => sum + s.percent, 0)).toBeLessThanOrEqual(100.5);
    expect(probe!.percent).toBeGreaterThan(0);
  });
});
