import { signToken, verifyToken } from '../shared/signed-token';

/** The signed "关注此项目" link's token: which member, which project. No expiry, like unsubscribe. */
export function followToken(memberId: string, projectId: string, secret: string): string {
  return signToken('follow', { m: memberId, j: projectId }, secret);
}

export function readFollowToken(token: string, secret: string): { memberId: string; projectId: string } | null {
  const body = verifyToken<{ m?: unknown; j?: unknown }>('follow', token, secret);
  return body && typeof body.m === 'string' && typeof body.j === 'string' ? { memberId: body.m, projectId: body.j } : null;
}
