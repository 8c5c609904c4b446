import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { WORKER_ROLE_NAMES } from '@app/config';

// No Docker engine runs here; `docker-compose config` validated the file by hand. This keeps the
// properties operators rely on from drifting.
interface Service {
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
}

describe('docker/compose.yml', () => {
  const compose = load(readFileSync(join(__dirname, '..', '..', 'docker', 'compose.yml'), 'utf8')) as { services: Record<string, Service> };

  it('has the services of the design', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'api',
      'mailpit',
      'migrate',
      'pgbouncer',
      'postgres',
      'redis',
      'worker-match',
      'worker-send',
    ]);
  });

  it('runs Redis without eviction and with an append-only file', () => {
    const cmd = compose.services.redis.command!.join(' ');
    expect(cmd).toContain('--maxmemory-policy noeviction');
    expect(cmd).toContain('--appendonly yes');
  });

  it('migrates once before api and worker start, and takes secrets from the environment', () => {
    for (const name of ['api', 'worker-match', 'worker-send']) {
      expect(compose.services[name].depends_on?.migrate?.condition).toBe('service_completed_successfully');
      expect(compose.services[name].environment?.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
    }
    expect(compose.services.migrate.command).toEqual(['node', 'dist/apps/cli/src/main.js', 'migrate']);
  });

  it('goes through PgBouncer in transaction pooling, migrating straight to PostgreSQL', () => {
    expect(compose.services.pgbouncer.environment?.POOL_MODE).toBe('transaction');
    for (const name of ['api', 'worker-match', 'worker-send', 'migrate']) {
      expect(compose.services[name].environment?.DATABASE_URL).toContain('@pgbouncer:5432/');
      expect(compose.services[name].environment?.DATABASE_MIGRATION_URL).toContain('@postgres:5432/');
    }
  });

  it('splits workers into process groups that together cover every role', () => {
    const roles = ['worker-match', 'worker-send'].flatMap((n) => compose.services[n].environment!.WORKER_ROLES.split(','));
    expect(roles.sort()).toEqual([...WORKER_ROLE_NAMES].sort());
  });
});
