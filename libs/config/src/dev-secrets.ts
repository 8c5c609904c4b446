import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface DevelopmentSecrets {
  jwtSecret: string;
  linkSecret: string;
}

/**
 * Secrets for development and tests when the environment gives none: random, made once per
 * checkout in a git-ignored file, so api, worker, CLI and tests of one checkout agree while no
 * two checkouts (and nobody reading the repository) share a key that signs admin tokens.
 */
export function developmentSecrets(file = defaultDevelopmentSecretsFile()): DevelopmentSecrets {
  if (!existsSync(file)) create(file);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevelopmentSecrets>;
  if (
    typeof stored.jwtSecret !== 'string' ||
    typeof stored.linkSecret !== 'string' ||
    stored.jwtSecret.length < 32 ||
    stored.linkSecret.length < 32
  ) {
    throw new Error(`${file} is not a development secrets file; delete it to make a new one`);
  }
  return { jwtSecret: stored.jwtSecret, linkSecret: stored.linkSecret };
}

/** `.secrets/development.json` at the root of the checkout (the nearest folder with package.json). */
export function defaultDevelopmentSecretsFile(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, '.secrets', 'development.json');
}

// Several processes may start at once (api, worker, tests): write a private temp file, then
// link it into place, which fails when another process won; everyone then reads the winner's.
function create(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const secrets: DevelopmentSecrets = {
    jwtSecret: randomBytes(48).toString('base64url'),
    linkSecret: randomBytes(48).toString('base64url'),
  };
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(tmp);
  }
}
