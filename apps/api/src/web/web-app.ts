import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the app is mounted; the web build uses the same base (apps/web/vite.config.ts). */
export const WEB_APP_PATH = '/app';

// The api runs from the repository root (npm scripts, tests, the Docker image's WORKDIR), or from
// its sources or build output two levels down; the first folder that holds a build wins.
const CANDIDATES = [
  resolve(process.cwd(), 'apps/web/dist'),
  resolve(__dirname, '../../../web/dist'),
  resolve(__dirname, '../../../../apps/web/dist'),
];

/** The folder with the built web app (index.html inside), or null when it was not built. */
export function findWebDist(candidates: string[] = CANDIDATES): string | null {
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

// The pages render no HTML from data and load nothing from elsewhere, so the policy can be strict.
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
