import { argon2id, hash, needsRehash, verify } from 'argon2';

/** OWASP minimum for argon2id (2024 cheat sheet): 19 MiB, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = { type: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 8;
// An upper bound keeps one request from buying seconds of hashing.
export const PASSWORD_MAX_LENGTH = 128;

/** An argon2id hash in PHC string form (parameters and salt included). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for a malformed hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when the hash was made with weaker parameters than today's: rehash after a good login. */
export function passwordNeedsRehash(passwordHash: string): boolean {
  try {
    return needsRehash(passwordHash, ARGON2_OPTIONS);
  } catch {
    return true;
  }
}

let decoy: Promise<string> | undefined;

/** Spends as long as a real check, so "no such email" cannot be told apart by timing. */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('decoy-password-never-matches');
  await verifyPassword(await decoy, password);
  return false;
}
