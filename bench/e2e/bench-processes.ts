import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { processCpuMs } from './process-cpu';

// The bench's own processes (api and worker as an operator starts them) and the waits on them.
const ROOT = resolve(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

export interface Child {
  child: ChildProcess;
  countFile: string;
  logFile: string;
  output(): string;
  statements(): number;
  cpuMs(): number;
}

/** apps/<app>/src/main.ts as an operator runs it, its SQL statements counted, its log in a file. */
export function start(
  app: 'api' | 'worker',
  env: Record<string, string | undefined>,
  dir: string,
  profileDir?: string,
  name: string = app,
): Child {
  const countFile = join(dir, `${name}.count`);
  const logFile = join(dir, `${name}.log`);
  const child = spawn(
    process.execPath,
    [
      // Not allowed in NODE_OPTIONS: on the command line.
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : []),
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join('apps', app, 'src', 'main.ts'),
    ],
    {
      cwd: ROOT,
      env: {
        ...env,
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        BENCH_QUERY_COUNT_FILE: countFile,
        NODE_OPTIONS: `--require=${join(__dirname, 'query-counter.js')}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log = createWriteStream(logFile);
  log.on('error', () => undefined); // the directory goes at the end of the run
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  // The first lines only (start-up), to see when the process is ready.
  let head = '';
  const keep = (d: Buffer) => void (head.length < 20_000 && (head += d.toString()));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return {
    child,
    countFile,
    logFile,
    output: () => head,
    statements: () => {
      try {
        return Number(readFileSync(countFile, 'utf8')) || 0;
      } catch {
        return 0;
      }
    },
    cpuMs: () => processCpuMs(child.pid ?? 0),
  };
}

/** Commands the bench's Redis has processed so far (all clients: exact only on a Redis of its own). */
export async function redisCommands(url: string): Promise<number> {
  const redis = new Redis(url);
  try {
    return Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))?.[1] ?? 0);
  } finally {
    redis.disconnect();
  }
}

export async function until(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  child: Child[],
  everyMs = 100,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return Date.now();
    for (const c of child)
      if (c.child.exitCode !== null) throw new Error(`${what}: a child exited (${c.child.exitCode}); see ${c.logFile}`);
    await sleep(everyMs);
  }
  throw new Error(`${what} not reached within ${timeoutMs} ms`);
}
