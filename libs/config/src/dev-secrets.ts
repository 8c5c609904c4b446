import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface DevelopmentSecrets {
  jwtSecret: string;
  linkSecret: string;
  /** Base64 of 32 bytes: the AES-256-GCM key for secrets stored in the database. */
  secretsEncryptionKey: string;
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
  const secretsEncryptionKey = stored.secretsEncryptionKey ?? addEncryptionKey(file, stored.jwtSecret, stored.linkSecret);
  return { jwtSecret: stored.jwtSecret, linkSecret: stored.linkSecret, secretsEncryptionKey };
}

// Files made before the encryption key existed get one derived from their own JWT secret, so
// processes upgrading the same file at once all write (and use) the same key.
function addEncryptionKey(file: string, jwtSecret: string, linkSecret: string): string {
  const secretsEncryptionKey = Buffer.from(hkdfSync('sha256', jwtSecret, '', 'tender-alerts secrets encryption', 32)).toString('base64');
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, `${JSON.stringify({ jwtSecret, linkSecret, secretsEncryptionKey }, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
  return secretsEncryptionKey;
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
    secretsEncryptionKey: randomBytes(32).toString('base64'),
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
