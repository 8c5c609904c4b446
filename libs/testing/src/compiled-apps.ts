import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.built-from-sources');
const LOCK = join(ROOT, '.build-lock');
// What the api and worker are built from: specs and this test library are not part of the build
// (tsconfig.build.json), so editing them builds nothing again.
const SOURCES = [join(ROOT, 'apps', 'api', 'src'), join(ROOT, 'apps', 'worker', 'src'), join(ROOT, 'libs')];
const NOT_BUILT = new Set([join(ROOT, 'libs', 'testing')]);
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json'].map((f) => join(ROOT, f));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (NOT_BUILT.has(path)) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts') && !/\.(int-|e2e-)?spec\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The api and worker as `npm run build` makes them, built again whenever a source changed since
 * the last build. A spawned app then boots in a second or two; from sources, ts-node first
 * transpiled the whole app on every start (10–15 s on a quiet machine), which kill-and-restart
 * tests paid for every restart. The output folder is emptied first: a deleted source (a removed
 * migration, say) must not live on as a stale file the app still loads.
 */
export function ensureCompiledApps(): void {
  if (isFresh()) return;
  // Jest runs suites in two workers: one builds while the other waits, then finds the build fresh
  // (building twice would empty dist under an app the first one just started).
  withBuildLock(() => {
    if (isFresh()) return;
    const started = new Date();
    rmSync(DIST, { recursive: true, force: true });
    execFileSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: ROOT, stdio: 'pipe' });
    // Dated when the build began: a source saved while it ran makes the next call build again.
    mkdirSync(DIST, { recursive: true });
    writeFileSync(STAMP, `${started.toISOString()}\n`);
    utimesSync(STAMP, started, started);
  });
}

function isFresh(): boolean {
  const sourcesChanged = Math.max(...SOURCES.map(newestMtime), ...CONFIG_FILES.filter(existsSync).map((f) => statSync(f).mtimeMs));
  return existsSync(STAMP) && statSync(STAMP).mtimeMs >= sourcesChanged;
}

/**
 * Runs `fn` while holding a lock file that names its holder's pid. The callers are synchronous
 * (spawnApp), so waiting is a blocking sleep; a lock whose holder died is taken over.
 */
function withBuildLock(fn: () => void): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (!holderAlive()) rmSync(LOCK, { force: true });
      else Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    fn();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

function holderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(LOCK, 'utf8').trim() || 0);
  } catch {
    return true; // released a moment ago: try again
  }
  // Empty: its holder is writing its pid, or died doing so a while ago.
  const lock = statSync(LOCK, { throwIfNoEntry: false });
  if (!pid) return !lock || Date.now() - lock.mtimeMs < 5000;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
