import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { dataSourceOptions, runMigrations } from '@app/database';
import { createRedis } from '@app/queues';
import { DataSource } from 'typeorm';

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`${what} did not come up within ${timeoutMs} ms`);
}

const servers = new Set<{ kill(): void }>();
process.once('exit', () => servers.forEach((s) => s.kill()));

export interface RealRedis {
  url: string;
  port: number;
  /** SIGKILL: what a crash or an OOM kill does; without AOF every key is gone after it. */
  kill(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A redis-server of the test's own (own port, own data directory), to be killed and started
 * again for real. `appendonly` as production should run it: AOF, fsync every second.
 */
export async function startRealRedis(options: { appendonly: boolean }): Promise<RealRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'ta-redis-'));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--maxmemory-policy',
    'noeviction',
    '--appendonly',
    options.appendonly ? 'yes' : 'no',
    '--appendfsync',
    'everysec',
  ];
  const ping = async () => {
    const r = createRedis(`redis://127.0.0.1:${port}`, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    r.on('error', () => undefined); // refused while starting: the caller asks again
    try {
      await r.connect();
      return (await r.ping()) === 'PONG';
    } finally {
      r.disconnect();
    }
  };
  const handle: RealRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn('redis-server', args, { stdio: 'ignore' });
      await until(`redis-server on ${port}`, ping);
    },
    async kill() {
      if (!child) return;
      const c = child;
      child = null;
      const gone = new Promise((r) => c.once('exit', r));
      c.kill('SIGKILL');
      await gone;
    },
    async close() {
      await handle.kill();
      servers.delete(entry);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  const entry = { kill: () => child?.kill('SIGKILL') };
  servers.add(entry);
  await handle.start();
  return handle;
}

export interface RealPostgres {
  url: string;
  /** `pg_ctl stop -m immediate`: no checkpoint, every connection cut; recovery replays the WAL. */
  stopImmediate(): void;
  start(): Promise<void>;
  close(): Promise<void>;
}

// The newest server Debian installed (the same one scripts/services.sh starts), not a fixed major.
function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const newest = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`no PostgreSQL server binaries under ${root}`);
  return join(root, newest, 'bin');
}

/** The production settings docker/compose.yml gives PostgreSQL (memory, WAL, autovacuum). */
export const POSTGRES_TUNING_FILE = join(__dirname, '..', '..', '..', 'docker', 'postgres', 'tuning.conf');

/**
 * A PostgreSQL cluster of the test's own: initdb into a temp directory, its own port and socket
 * directory, a database `tenders` with the migrations applied. Run as the postgres user when we
 * are root (initdb refuses root). `include`: a settings file the cluster reads as production's
 * postgresql.conf includes it (copied into the data directory, where the server may read it).
 * `settings`: server settings given at start (`-c name=value`; values without spaces).
 */
export async function startRealPostgres(options: { include?: string; settings?: Record<string, string> } = {}): Promise<RealPostgres> {
  const root = mkdtempSync(join(tmpdir(), 'ta-pg-'));
  const data = join(root, 'data');
  const sockets = join(root, 'sock');
  mkdirSync(sockets);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const pg = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const pgGroup = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, pg, pgGroup);
    chownSync(sockets, pg, pgGroup);
    chmodSync(root, 0o755);
  }
  const run = (bin: string, args: string[]) => {
    const cmd = join(pgBin(), bin);
    return asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  };
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  if (options.include) {
    // initdb made the data directory the server's own; appending as root keeps its owner.
    copyFileSync(options.include, join(data, 'included.conf'));
    appendFileSync(join(data, 'postgresql.conf'), `\ninclude 'included.conf'\n`);
  }
  const ctl = (args: string[]) => run('pg_ctl', ['-D', data, ...args]);
  const extra = Object.entries(options.settings ?? {})
    .map(([name, value]) => ` -c ${name}=${value}`)
    .join('');
  const opts = `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200${extra}`;
  const handle: RealPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/tenders`,
    async start() {
      ctl(['-o', opts, '-l', join(root, 'log'), '-w', 'start']);
    },
    stopImmediate() {
      ctl(['-m', 'immediate', 'stop']);
    },
    async close() {
      try {
        ctl(['-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
      servers.delete(entry);
      rmSync(root, { recursive: true, force: true });
    },
  };
  const entry = {
    kill: () => {
      try {
        ctl(['-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
    },
  };
  servers.add(entry);
  await handle.start();
  const admin = new DataSource({ type: 'postgres', url: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await admin.initialize();
  await admin.query('CREATE DATABASE tenders');
  await admin.destroy();
  const ds = new DataSource(dataSourceOptions({ database: { url: handle.url, poolSize: 2 } }));
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  return handle;
}
