import { testDatabaseUrl } from '@app/config';
import { captureIo } from '../../test/capture-io';
import { migrateCommand } from './migrate.command';

// With DATABASE_URL on a transaction pooler, migrations go straight to PostgreSQL: the migration
// lock is a session's. Here DATABASE_URL points nowhere, so only the migration URL can serve.
describe('cli migrate', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('connects to DATABASE_MIGRATION_URL when it is set, not DATABASE_URL', async () => {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/nowhere';
    process.env.DATABASE_MIGRATION_URL = testDatabaseUrl();
    process.env.NODE_ENV = 'test';
    const io = captureIo();
    expect(await migrateCommand([], io)).toBe(0);
    expect(io.out()).toMatch(/database is up to date/);
  });

  it('fails on DATABASE_URL alone when that points nowhere', async () => {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/nowhere';
    delete process.env.DATABASE_MIGRATION_URL;
    process.env.NODE_ENV = 'test';
    await expect(migrateCommand([], captureIo())).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
