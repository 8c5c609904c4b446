import { execFileSync } from 'node:child_process';
import { type KeyObject, createPrivateKey } from 'node:crypto';

const GENERATE = `process.stdout.write(require('node:crypto').generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' }))`;

let cached: KeyObject | undefined;

/**
 * A throwaway RSA private key for tests, generated in a child process. Node 20 can deadlock when a
 * garbage `generateKeyPairSync` job is collected while the key's details are being read (its
 * destructor takes the mutex the reader holds): Jest hung on it. Made once per test file.
 */
export function rsaTestKey(): KeyObject {
  cached ??= createPrivateKey(execFileSync(process.execPath, ['-e', GENERATE], { encoding: 'utf8', timeout: 30_000 }));
  return cached;
}
