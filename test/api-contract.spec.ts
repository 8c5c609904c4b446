import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');
// The same paths the generator writes (scripts/api-types.ts).
const FILES = { document: 'apps/api/openapi.json', types: 'apps/web/src/api/schema.d.ts' } as const;

/** The first line where two texts differ, with its number, or null when they are equal. */
function firstDifference(committed: string, fresh: string): string | null {
  if (committed === fresh) return null;
  const a = committed.split('\n');
  const b = fresh.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i === -1 ? a.length : i;
  return `line ${at + 1}: committed ${JSON.stringify(a[at])}, generated ${JSON.stringify(b[at])}`;
}

describe('the committed API contract', () => {
  // The web app compiles against schema.d.ts: a DTO change that is not regenerated would let the
  // web app drift from the API unnoticed. The generator runs in its own process, as `npm run
  // api:types` does (openapi-typescript loads ESM-only packages that Jest cannot require), and
  // prints instead of writing.
  it('is what the controllers and DTOs generate now (npm run api:types rewrites it)', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'scripts/api-types.ts', '--print'],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    const fresh = JSON.parse(stdout) as Record<keyof typeof FILES, string>;
    for (const [kind, path] of Object.entries(FILES) as Array<[keyof typeof FILES, string]>) {
      const committed = readFileSync(join(ROOT, path), 'utf8');
      expect({ path, difference: firstDifference(committed, fresh[kind]) }).toEqual({ path, difference: null });
    }
  });
});
