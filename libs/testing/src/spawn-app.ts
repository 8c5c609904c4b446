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

/** Runs apps/<app>/src/main.ts in a child process, as an operator would run it, for kill/restart tests. */
export function spawnApp(app: 'api' | 'worker', env: Record<string, string | undefined>): SpawnedApp {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join('apps', app, 'src', 'main.ts')],
    { cwd: ROOT, env: { ...env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => out,
    waitFor: (pattern, timeoutMs = 30000) => eventually(async () => pattern.test(out), timeoutMs, `output ${pattern}`).then(() => undefined),
    exited,
    kill: (signal = 'SIGTERM') => void child.kill(signal),
  };
}
