import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { POSTGRES_TUNING_FILE, startRealPostgres, type RealPostgres } from '@app/testing';

// The settings docker/compose.yml gives PostgreSQL are read by a real server here, so a typo or a
// setting this major does not know fails the test instead of the production start.
describe('docker/postgres/tuning.conf', () => {
  let pg: RealPostgres;
  let ds: DataSource;

  beforeAll(async () => {
    pg = await startRealPostgres({ include: POSTGRES_TUNING_FILE });
    ds = await new DataSource({ type: 'postgres', url: pg.url }).initialize();
  }, 120_000);

  afterAll(async () => {
    await ds?.destroy();
    await pg?.close();
  });

  it('is what a server started with it runs on', async () => {
    const settings = readFileSync(POSTGRES_TUNING_FILE, 'utf8')
      .split('\n')
      .map((l) => /^\s*([a-z_]+)\s*=\s*(\S+)/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(settings.length).toBeGreaterThan(5);
    for (const [, name] of settings) {
      const [row] = await ds.query<Array<{ source: string; sourcefile: string | null; pending_restart: boolean }>>(
        `SELECT source, sourcefile, pending_restart FROM pg_settings WHERE name = $1`,
        [name],
      );
      expect({ name, source: row?.source, file: row?.sourcefile?.endsWith('included.conf') }).toEqual({
        name,
        source: 'configuration file',
        file: true,
      });
    }
    const [{ shared_buffers: sb }] = await ds.query<Array<{ shared_buffers: string }>>('SHOW shared_buffers');
    expect(sb).toBe(settings.find(([, n]) => n === 'shared_buffers')?.[2]);
  });

  it('is mounted and included by the compose file', () => {
    const compose = load(readFileSync(join(__dirname, '..', '..', 'docker', 'compose.yml'), 'utf8')) as {
      services: Record<string, { volumes?: string[] }>;
    };
    const volumes = compose.services.postgres.volumes ?? [];
    expect(volumes).toContain('./postgres/tuning.conf:/etc/postgresql/tuning.conf:ro');
    expect(volumes.some((v) => v.startsWith('./postgres/include-tuning.sh:/docker-entrypoint-initdb.d/'))).toBe(true);
    expect(readFileSync(join(__dirname, '..', '..', 'docker', 'postgres', 'include-tuning.sh'), 'utf8')).toContain(
      "include '/etc/postgresql/tuning.conf'",
    );
  });
});
