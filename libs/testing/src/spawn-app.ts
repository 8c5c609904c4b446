import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { eventually } from './queue-drain';

const ROOT = join(__dirname, '..', '..', '..');

export interface SpawnedApp {
  child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): void;
}

// Children left by a failed test must not outlive the test run.
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((c) => c.kill('SIGKILL')));

/** Kills every child still running (afterAll/afterEach in suites that spawn). */
export function killSpawnedApps(): void {
  running.forEach((c) => c.kill('SIGKILL'));
}

/** Runs apps/<app>/src/main.ts in a child process, as an operator would run it, for kill/restart tests. */
export function spawnApp(app: 'api' | 'worker', env: Record<string, string | undefined>, options: { compiled?: boolean } = {}): SpawnedApp {
  // Compiled (dist/, from `nest build api`) boots in a second or two; from sources ts-node
  // transpiles the whole app first, which a busy machine makes slow.
  const args = options.compiled
    ? [join('dist', 'apps', app, 'src', 'main.js')]
    : ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join('apps', app, 'src', 'main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...env, LOG_LEVEL: 'info', TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => out,
    waitFor: (pattern, timeoutMs = 30000) =>
      eventually(async () => pattern.test(out), timeoutMs, `output ${pattern}`).then(() => undefined),
    exited,
    kill: (signal = 'SIGTERM') => void child.kill(signal),
  };
}
