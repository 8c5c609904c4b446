import { signToken } from '../shared/signed-token';
import { notRelevantToken, readNotRelevantToken } from './not-relevant-link';

describe('not-relevant link tokens', () => {
  const secret = 'a link secret that is long enough to sign';

  it('round-trips member and bulletin', () => {
    expect(readNotRelevantToken(notRelevantToken('m1', 'b1', secret), secret)).toEqual({ memberId: 'm1', bulletinId: 'b1' });
  });

  it('rejects another secret, another purpose, a tampered payload and an expired token', () => {
    const token = notRelevantToken('m1', 'b1', secret);
    expect(readNotRelevantToken(token, `${secret}!`)).toBeNull();
    expect(readNotRelevantToken(signToken('unsubscribe', { m: 'm1', b: 'b1' }, secret), secret)).toBeNull();
    const [, sig] = token.split('.');
    expect(
      readNotRelevantToken(`${Buffer.from(JSON.stringify({ m: 'm2', b: 'b1', p: 'not-relevant' })).toString('base64url')}.${sig}`, secret),
    ).toBeNull();
    const expired = signToken('not-relevant', { m: 'm1', b: 'b1', x: Math.floor(Date.now() / 1000) - 1 }, secret);
    expect(readNotRelevantToken(expired, secret)).toBeNull();
  });
});
