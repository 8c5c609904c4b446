import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Keys look like ta_<prefix>_<secret>. The prefix finds the row; only a hash of the secret is
// stored. Secrets are 32 random bytes, so a fast hash is enough (no dictionary to defend against).
const KEY_FORMAT = /^ta_([a-f0-9]{12})_([A-Za-z0-9_-]{43})$/;

export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { key: `ta_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const m = KEY_FORMAT.exec(key);
  return m ? { prefix: m[1], secret: m[2] } : null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
