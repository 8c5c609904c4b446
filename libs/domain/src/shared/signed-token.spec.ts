import { signToken, verifyToken } from './signed-token';

describe('signed tokens', () => {
  const secret = 'x'.repeat(32);

  it('round-trips a payload for its purpose only', () => {
    const t = signToken('unsubscribe', { m: 'member-1' }, secret);
    expect(verifyToken('unsubscribe', t, secret)).toMatchObject({ m: 'member-1' });
    expect(verifyToken('verify-email', t, secret)).toBeNull();
  });

  it('rejects tampered, foreign and expired tokens', () => {
    const t = signToken('unsubscribe', { m: 'member-1' }, secret);
    const [body, sig] = t.split('.');
    const forged = Buffer.from(JSON.stringify({ m: 'member-2', p: 'unsubscribe' })).toString('base64url');
    expect(verifyToken('unsubscribe', `${forged}.${sig}`, secret)).toBeNull();
    expect(verifyToken('unsubscribe', `${body}.${sig}x`, secret)).toBeNull();
    expect(verifyToken('unsubscribe', t, 'y'.repeat(32))).toBeNull();
    expect(verifyToken('unsubscribe', 'garbage', secret)).toBeNull();
    const expired = signToken('unsubscribe', { m: 'member-1' }, secret, -10);
    expect(verifyToken('unsubscribe', expired, secret)).toBeNull();
  });
});
