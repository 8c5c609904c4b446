import { randomBytes } from 'node:crypto';
import { keyIdOf, SecretCipher } from './secret-cipher';

describe('SecretCipher', () => {
  const key = randomBytes(32);
  const oldKey = randomBytes(32);

  it('encrypts to a value naming its key, different each time, and decrypts it back', () => {
    const cipher = new SecretCipher(key);
    const a = cipher.encrypt('whsec_abc');
    const b = cipher.encrypt('whsec_abc');
    expect(a).not.toBe(b);
    expect(a).toMatch(new RegExp(`^enc:v1:${keyIdOf(key)}:[A-Za-z0-9+/=]+$`));
    // The secret is not there in clear. (Not "abc" alone: a random key id or ciphertext can hold
    // those letters by chance; the underscore is in neither alphabet.)
    expect(a).not.toContain('whsec_');
    expect(cipher.decrypt(a)).toBe('whsec_abc');
    expect(cipher.decrypt(cipher.encrypt('飞书签名'))).toBe('飞书签名');
  });

  it('after a rotation opens values under the old key while it is listed, and flags them for re-encryption', () => {
    const before = new SecretCipher(oldKey).encrypt('s1');
    const rotated = new SecretCipher(key, [oldKey]);
    expect(rotated.decrypt(before)).toBe('s1');
    expect(rotated.needsReencryption(before)).toBe(true);
    expect(rotated.needsReencryption(rotated.encrypt('s1'))).toBe(false);
    expect(rotated.needsReencryption('whsec_plain')).toBe(true);
    expect(() => new SecretCipher(key).decrypt(before)).toThrow(/SECRETS_ENCRYPTION_OLD_KEYS/);
  });

  it('refuses a tampered value or one relabelled to another key', () => {
    const cipher = new SecretCipher(key, [oldKey]);
    const value = cipher.encrypt('whsec_abc');
    const raw = Buffer.from(value.split(':')[3], 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.decrypt(`enc:v1:${keyIdOf(key)}:${raw.toString('base64')}`)).toThrow();
    expect(() => cipher.decrypt(value.replace(keyIdOf(key), keyIdOf(oldKey)))).toThrow();
  });

  it('reveals plain legacy values as they are, and refuses keys of the wrong size', () => {
    const cipher = new SecretCipher(key);
    expect(cipher.reveal('SECplain')).toBe('SECplain');
    expect(cipher.reveal(null)).toBeNull();
    expect(() => new SecretCipher(randomBytes(16))).toThrow(/32 bytes/);
  });
});
