import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureCompiledApps } from './compiled-apps';
import { eventually } from './queue-drain';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * How long a spawned app may take to boot. Apps run compiled (see ensureCompiledApps): a second or
 * two, more on a busy machine; the first spawn of a run may build them first (15 s quiet, longer
 * busy). A wait returns as soon as the line it waits for shows, so a generous bound costs nothing.
 */
export const APP_BOOT_TIMEOUT_MS = 180_000;

/** A Jest timeout for a test that boots `boots` apps one after another and needs `restMs` besides. */
export const bootsTimeout = (boots: number, restMs: number): number => boots * APP_BOOT_TIMEOUT_MS + restMs;

export interface SpawnedApp {
  child: ChildProcess;
  output(): string;
  /** Resolves once a line of the app's output matches; by default bounded as a boot is. */
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

/** Runs the built apps/<app> in a child process, as an operator would run it, for kill/restart tests. */
export function spawnApp(app: 'api' | 'worker', env: Record<string, string | undefined>): SpawnedApp {
  ensureCompiledApps();
  const args = [join('dist', 'apps', app, 'src', 'main.js')];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...env, LOG_LEVEL: 'info' },
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
    waitFor: (pattern, timeoutMs = APP_BOOT_TIMEOUT_MS) =>
      eventually(async () => pattern.test(out), timeoutMs, `output ${pattern}`).then(() => undefined),
    exited,
    kill: (signal = 'SIGTERM') => void child.kill(signal),
  };
}
