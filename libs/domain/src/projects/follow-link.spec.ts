import { randomUUID } from 'node:crypto';
import { signToken } from '../shared/signed-token';
import { followToken, readFollowToken } from './follow-link';

describe('follow link tokens', () => {
  const secret = 'a link secret that is long enough to sign';
  const [m, j] = [randomUUID(), randomUUID()];

  it('round-trips member and project, and refuses another secret or purpose', () => {
    const token = followToken(m, j, secret);
    expect(readFollowToken(token, secret)).toEqual({ memberId: m, projectId: j });
    expect(readFollowToken(token, `${secret}!`)).toBeNull();
    expect(readFollowToken(signToken('unsubscribe', { m, j }, secret), secret)).toBeNull();
  });

  it('still reads the JSON tokens of emails sent before', () => {
    expect(readFollowToken(signToken('follow', { m, j }, secret), secret)).toEqual({ memberId: m, projectId: j });
  });
});
