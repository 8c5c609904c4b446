import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { createRedis } from '@app/queues';

const run = promisify(execFile);

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

/**
 * A random port in 20000-30000 that is free, with its cluster bus port (+10000) free too: the
 * machine is shared, and well-known or ephemeral ports are others'.
 */
async function freeClusterPort(taken: Set<number>): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    if (taken.has(port) || taken.has(port + 10000)) continue;
    if ((await listening(port)) && (await listening(port + 10000))) return port;
  }
}

export interface LocalRedisCluster {
  /** redis://127.0.0.1:<port> of every master, for REDIS_CLUSTER_NODES. */
  nodes: string[];
  close(): Promise<void>;
}

/**
 * Three redis-server masters of the test's own (cluster mode, no replicas, own directories), joined
 * with `redis-cli --cluster create` and waited on until every node reports cluster_state:ok.
 */
export async function startLocalRedisCluster(masters = 3): Promise<LocalRedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'ta-cluster-'));
  const taken = new Set<number>();
  const ports: number[] = [];
  for (let i = 0; i < masters; i++) {
    const port = await freeClusterPort(taken);
    taken.add(port);
    ports.push(port);
  }
  const children: ChildProcess[] = ports.map((port) =>
    spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--dbfilename',
        `dump-${port}.rdb`,
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        `nodes-${port}.conf`,
        '--cluster-node-timeout',
        '5000',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    ),
  );
  const kill = () => children.forEach((c) => c.kill('SIGKILL'));
  process.once('exit', kill);
  const close = async () => {
    const stopped = (c: ChildProcess) =>
      new Promise<void>((resolve) => {
        if (c.exitCode !== null || c.signalCode !== null) return resolve();
        c.once('exit', () => resolve());
        c.kill('SIGKILL');
      });
    await Promise.all(children.map(stopped));
    process.removeListener('exit', kill);
    rmSync(dir, { recursive: true, force: true });
  };
  const info = async (port: number, section: string) => {
    const r = createRedis(`redis://127.0.0.1:${port}`, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    r.on('error', () => undefined);
    try {
      await r.connect();
      return (await r.call('CLUSTER', section)) as string;
    } catch {
      return '';
    } finally {
      r.disconnect();
    }
  };
  const until = async (what: string, check: () => Promise<boolean>, ms = 30_000) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (await check()) return;
      await sleep(200);
    }
    throw new Error(`${what} not reached within ${ms} ms`);
  };
  try {
    await until('redis-server nodes up', async () => (await Promise.all(ports.map((p) => info(p, 'INFO')))).every((s) => s.length > 0));
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    await until('cluster_state:ok on every node', async () =>
      (await Promise.all(ports.map((p) => info(p, 'INFO')))).every((s) => s.includes('cluster_state:ok')),
    );
  } catch (err) {
    await close();
    throw err;
  }
  return { nodes: ports.map((p) => `redis://127.0.0.1:${p}`), close };
}
