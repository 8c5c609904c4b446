import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
export const WEB_DIR = join(ROOT, 'apps', 'web');
const DIST_INDEX = join(WEB_DIR, 'dist', 'index.html');
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), s.mtimeMs);
}

/** True when apps/web/dist is missing or older than any of the web app's sources. */
export function webBuildIsStale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const built = statSync(DIST_INDEX).mtimeMs;
  return SOURCES.some((s) => existsSync(join(WEB_DIR, s)) && newestMtime(join(WEB_DIR, s)) > built);
}

/**
 * Builds the web app the api serves at /app when the build is missing or stale, installing its own
 * packages first on a fresh clone (apps/web has its own package.json and lock file).
 */
export function ensureWebBuild(): void {
  if (!webBuildIsStale()) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!existsSync(join(WEB_DIR, 'node_modules', '.bin', 'vite'))) {
    // Vite and TypeScript are dev dependencies: install them whatever NODE_ENV says.
    execFileSync(npm, ['ci', '--include=dev', '--no-audit', '--no-fund'], { cwd: WEB_DIR, stdio: 'inherit' });
  }
  // Jest sets NODE_ENV=test, which Vite would keep: React's development build, twice the size.
  execFileSync(npm, ['run', 'build'], { cwd: WEB_DIR, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
