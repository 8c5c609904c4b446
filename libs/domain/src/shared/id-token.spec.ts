import { randomUUID } from 'node:crypto';
import { signIdToken, verifyIdToken } from './id-token';

describe('id tokens', () => {
  const secret = 'a link secret that is long enough to sign';
  const [a, b] = [randomUUID(), randomUUID()];

  it('round-trips the ids, with or without an expiry, in under 80 characters', () => {
    const lasting = signIdToken('follow', [a, b], secret);
    expect(verifyIdToken('follow', lasting, secret, 2, false)).toEqual([a, b]);
    const expiring = signIdToken('not-relevant', [a, b], secret, 60);
    expect(verifyIdToken('not-relevant', expiring, secret, 2, true)).toEqual([a, b]);
    expect(expiring.length).toBeLessThan(80);
    expect(expiring).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('rejects another secret, another purpose, another shape, a changed id and an expired token', () => {
    const token = signIdToken('not-relevant', [a, b], secret, 60);
    expect(verifyIdToken('not-relevant', token, `${secret}!`, 2, true)).toBeNull();
    expect(verifyIdToken('follow', token, secret, 2, true)).toBeNull();
    expect(verifyIdToken('not-relevant', token, secret, 2, false)).toBeNull();
    expect(verifyIdToken('not-relevant', token, secret, 1, true)).toBeNull();
    const raw = Buffer.from(token, 'base64url');
    raw[3] ^= 1;
    expect(verifyIdToken('not-relevant', raw.toString('base64url'), secret, 2, true)).toBeNull();
    expect(verifyIdToken('not-relevant', `${token}.x`, secret, 2, true)).toBeNull();
    const expired = signIdToken('not-relevant', [a, b], secret, -10);
    expect(verifyIdToken('not-relevant', expired, secret, 2, true)).toBeNull();
  });

  it('signs uuids only', () => {
    expect(() => signIdToken('follow', ['m1', b], secret)).toThrow(/not a uuid/);
  });
});
