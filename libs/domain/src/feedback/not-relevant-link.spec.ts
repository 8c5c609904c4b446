import { randomUUID } from 'node:crypto';
import { signToken } from '../shared/signed-token';
import { notRelevantToken, readNotRelevantToken } from './not-relevant-link';

describe('not-relevant link tokens', () => {
  const secret = 'a link secret that is long enough to sign';
  const [m1, m2, b1] = [randomUUID(), randomUUID(), randomUUID()];

  it('round-trips member and bulletin', () => {
    expect(readNotRelevantToken(notRelevantToken(m1, b1, secret), secret)).toEqual({ memberId: m1, bulletinId: b1 });
  });

  it('rejects another secret, another purpose and a tampered token', () => {
    const token = notRelevantToken(m1, b1, secret);
    expect(readNotRelevantToken(token, `${secret}!`)).toBeNull();
    expect(readNotRelevantToken(signToken('unsubscribe', { m: m1, b: b1 }, secret), secret)).toBeNull();
    expect(readNotRelevantToken(token.slice(0, -2), secret)).toBeNull();
  });

  it('still reads the JSON tokens of emails sent before, and checks them as strictly', () => {
    const legacy = signToken('not-relevant', { m: m1, b: b1 }, secret, 3600);
    expect(readNotRelevantToken(legacy, secret)).toEqual({ memberId: m1, bulletinId: b1 });
    const [, sig] = legacy.split('.');
    expect(
      readNotRelevantToken(`${Buffer.from(JSON.stringify({ m: m2, b: b1, p: 'not-relevant' })).toString('base64url')}.${sig}`, secret),
    ).toBeNull();
    const expired = signToken('not-relevant', { m: m1, b: b1, x: Math.floor(Date.now() / 1000) - 1 }, secret);
    expect(readNotRelevantToken(expired, secret)).toBeNull();
  });
});
