import { signIdToken, verifyIdToken } from '../shared/id-token';
import { verifyToken } from '../shared/signed-token';

/** The signed "关注此项目" link's token: which member, which project. No expiry, like unsubscribe. */
export function followToken(memberId: string, projectId: string, secret: string): string {
  return signIdToken('follow', [memberId, projectId], secret);
}

/** Reads the compact token and, for links in emails sent before it, the JSON one. */
export function readFollowToken(token: string, secret: string): { memberId: string; projectId: string } | null {
  if (!token.includes('.')) {
    const ids = verifyIdToken('follow', token, secret, 2, false);
    return ids && { memberId: ids[0], projectId: ids[1] };
  }
  const body = verifyToken<{ m?: unknown; j?: unknown }>('follow', token, secret);
  return body && typeof body.m === 'string' && typeof body.j === 'string' ? { memberId: body.m, projectId: body.j } : null;
}
