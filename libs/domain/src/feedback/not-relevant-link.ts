import { readIdLinkToken, signIdToken } from '../shared/id-token';

// Long enough for a weekly digest read late; a mark is harmless, so no need for a short life.
export const NOT_RELEVANT_LINK_TTL_SECONDS = 90 * 86_400;

/** Signed token for the 不相关 link of one bulletin in one member's email. */
export function notRelevantToken(memberId: string, bulletinId: string, secret: string): string {
  return signIdToken('not-relevant', [memberId, bulletinId], secret, NOT_RELEVANT_LINK_TTL_SECONDS);
}

export function readNotRelevantToken(token: string, secret: string): { memberId: string; bulletinId: string } | null {
  const ids = readIdLinkToken('not-relevant', token, secret, ['m', 'b'], true);
  return ids && { memberId: ids[0], bulletinId: ids[1] };
}
