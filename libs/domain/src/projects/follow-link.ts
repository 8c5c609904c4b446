import { readIdLinkToken, signIdToken } from '../shared/id-token';

/** The signed "关注此项目" link's token: which member, which project. No expiry, like unsubscribe. */
export function followToken(memberId: string, projectId: string, secret: string): string {
  return signIdToken('follow', [memberId, projectId], secret);
}

export function readFollowToken(token: string, secret: string): { memberId: string; projectId: string } | null {
  const ids = readIdLinkToken('follow', token, secret, ['m', 'j'], false);
  return ids && { memberId: ids[0], projectId: ids[1] };
}
