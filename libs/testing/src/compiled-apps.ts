import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.built-from-sources');
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
  const sourcesChanged = Math.max(...SOURCES.map(newestMtime), ...CONFIG_FILES.filter(existsSync).map((f) => statSync(f).mtimeMs));
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs >= sourcesChanged) return;
  const started = new Date();
  rmSync(DIST, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: ROOT, stdio: 'pipe' });
  // Dated when the build began: a source saved while it ran makes the next call build again.
  writeFileSync(STAMP, `${started.toISOString()}\n`);
  utimesSync(STAMP, started, started);
}
