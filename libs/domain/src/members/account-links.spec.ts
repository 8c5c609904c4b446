import {
  emailVerificationToken,
  passwordFingerprint,
  passwordResetToken,
  readEmailVerificationToken,
  readPasswordResetToken,
} from './account-links';

const SECRET = 'a-link-secret-of-at-least-32-characters!';

describe('account links', () => {
  afterEach(() => jest.useRealTimers());

  it('round-trips an email verification token bound to the address', () => {
    const token = emailVerificationToken({ id: 'm1', email: 'a@b.cn' }, SECRET);
    expect(readEmailVerificationToken(token, SECRET)).toEqual({ memberId: 'm1', email: 'a@b.cn' });
  });

  it('rejects another secret, another purpose and a tampered payload', () => {
    const verify = emailVerificationToken({ id: 'm1', email: 'a@b.cn' }, SECRET);
    const reset = passwordResetToken({ id: 'm1', passwordHash: '$argon2id$x' }, SECRET);
    expect(readEmailVerificationToken(verify, `${SECRET}x`)).toBeNull();
    expect(readEmailVerificationToken(reset, SECRET)).toBeNull();
    expect(readPasswordResetToken(verify, SECRET)).toBeNull();
    const [payload, sig] = verify.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), m: 'm2' })).toString(
      'base64url',
    );
    expect(readEmailVerificationToken(`${forged}.${sig}`, SECRET)).toBeNull();
  });

  it('expires a reset token after an hour', () => {
    jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const token = passwordResetToken({ id: 'm1', passwordHash: 'h' }, SECRET);
    jest.setSystemTime(new Date('2026-01-01T00:59:00Z'));
    expect(readPasswordResetToken(token, SECRET)).toEqual({ memberId: 'm1', fingerprint: passwordFingerprint('h', SECRET) });
    jest.setSystemTime(new Date('2026-01-01T01:00:01Z'));
    expect(readPasswordResetToken(token, SECRET)).toBeNull();
  });

  it('fingerprints change with the password hash', () => {
    expect(passwordFingerprint('h1', SECRET)).not.toEqual(passwordFingerprint('h2', SECRET));
  });
});
