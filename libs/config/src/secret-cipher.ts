import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A key's id: derived from the key itself, so rotating is only a matter of setting the new key. */
export const keyIdOf = (key: Buffer): string => createHash('sha256').update(key).digest('hex').slice(0, 8);

/**
 * AES-256-GCM for secrets the service must read back (webhook and robot signing secrets). A
 * stored value is `enc:v1:<key id>:<base64 of iv | tag | ciphertext>`; the key id picks the key,
 * so values written under an old key still open while it is listed among the old keys.
 */
export class SecretCipher {
  private readonly keys = new Map<string, Buffer>();
  readonly currentKeyId: string;

  constructor(current: Buffer, old: Buffer[] = []) {
    for (const key of [current, ...old]) {
      if (key.length !== 32) throw new Error('an AES-256 key is 32 bytes');
      this.keys.set(keyIdOf(key), key);
    }
    this.currentKeyId = keyIdOf(current);
  }

  static isEncrypted(value: string): boolean {
    return value.startsWith(PREFIX);
  }

  /** The key id a stored value was written under (null for a plain value). */
  static keyIdOfValue(value: string): string | null {
    return SecretCipher.isEncrypted(value) ? value.slice(PREFIX.length).split(':')[0] : null;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    // The key id is bound in as associated data: a value cannot be relabelled to another key.
    cipher.setAAD(Buffer.from(this.currentKeyId));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${this.currentKeyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    if (!SecretCipher.isEncrypted(stored)) throw new Error('not an encrypted value');
    const [keyId, data] = stored.slice(PREFIX.length).split(':');
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`no key with id ${keyId} (set it in SECRETS_ENCRYPTION_OLD_KEYS)`);
    const raw = Buffer.from(data ?? '', 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /**
   * The plain secret of a stored value. A plain value (a row written by an older release during a
   * rolling deploy, before the next migration run encrypts it) is returned as it is.
   */
  reveal(stored: string | null): string | null {
    if (stored === null) return null;
    return SecretCipher.isEncrypted(stored) ? this.decrypt(stored) : stored;
  }

  /** Null-preserving forms for nullable columns. */
  encryptNullable(plain: string | null): string | null {
    return plain === null ? null : this.encrypt(plain);
  }

  decryptNullable(stored: string | null): string | null {
    return stored === null ? null : this.decrypt(stored);
  }

  /** True when the value should be written again: plain, or under a key other than the current one. */
  needsReencryption(stored: string): boolean {
    return SecretCipher.keyIdOfValue(stored) !== this.currentKeyId;
  }
}
