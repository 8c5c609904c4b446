import { createHmac } from 'node:crypto';
import { signToken, verifyToken } from '../shared/signed-token';

/** The verification email promises 24 hours, the reset email one hour (libs/notify wording). */
export const EMAIL_VERIFICATION_TTL_SECONDS = 24 * 3600;
export const PASSWORD_RESET_TTL_SECONDS = 3600;

/** Signed email-verification token, bound to the address it was sent to. */
export function emailVerificationToken(member: { id: string; email: string }, secret: string): string {
  return signToken('verify-email', { m: member.id, e: member.email }, secret, EMAIL_VERIFICATION_TTL_SECONDS);
}

export function readEmailVerificationToken(token: string, secret: string): { memberId: string; email: string } | null {
  const body = verifyToken<{ m: unknown; e: unknown }>('verify-email', token, secret);
  return body && typeof body.m === 'string' && typeof body.e === 'string' ? { memberId: body.m, email: body.e } : null;
}

/**
 * Signed password-reset token. It carries a fingerprint of the current password hash, so it
 * works once: after the reset (or any password change) the fingerprint no longer matches.
 */
export function passwordResetToken(member: { id: string; passwordHash: string }, secret: string): string {
  return signToken(
    'password-reset',
    { m: member.id, f: passwordFingerprint(member.passwordHash, secret) },
    secret,
    PASSWORD_RESET_TTL_SECONDS,
  );
}

export function readPasswordResetToken(token: string, secret: string): { memberId: string; fingerprint: string } | null {
  const body = verifyToken<{ m: unknown; f: unknown }>('password-reset', token, secret);
  return body && typeof body.m === 'string' && typeof body.f === 'string' ? { memberId: body.m, fingerprint: body.f } : null;
}

export function passwordFingerprint(passwordHash: string, secret: string): string {
  return createHmac('sha256', secret).update(`pw:${passwordHash}`).digest('base64url').slice(0, 22);
}
