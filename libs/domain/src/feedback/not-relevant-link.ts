import { signIdToken, verifyIdToken } from '../shared/id-token';
import { verifyToken } from '../shared/signed-token';

// Long enough for a weekly digest read late; a mark is harmless, so no need for a short life.
export const NOT_RELEVANT_LINK_TTL_SECONDS = 90 * 86_400;

/** Signed token for the 不相关 link of one bulletin in one member's email. */
export function notRelevantToken(memberId: string, bulletinId: string, secret: string): string {
  return signIdToken('not-relevant', [memberId, bulletinId], secret, NOT_RELEVANT_LINK_TTL_SECONDS);
}

/** Reads the compact token and, for links in emails sent before it, the JSON one. */
export function readNotRelevantToken(token: string, secret: string): { memberId: string; bulletinId: string } | null {
  if (!token.includes('.')) {
    const ids = verifyIdToken('not-relevant', token, secret, 2, true);
    return ids && { memberId: ids[0], bulletinId: ids[1] };
  }
  const body = verifyToken<{ m: unknown; b: unknown }>('not-relevant', token, secret);
  return body && typeof body.m === 'string' && typeof body.b === 'string' ? { memberId: body.m, bulletinId: body.b } : null;
}
