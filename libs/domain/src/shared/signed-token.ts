import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Compact HMAC-SHA256 signed tokens for links that work without a login (unsubscribe, pause,
 * email verification): base64url(JSON payload) + "." + base64url(signature). `purpose` is part of
 * the signed payload, so a token made for one purpose is useless for another.
 */
export function signToken(purpose: string, payload: Record<string, unknown>, secret: string, ttlSeconds?: number): string {
  const body = { ...payload, p: purpose, ...(ttlSeconds ? { x: Math.floor(Date.now() / 1000) + ttlSeconds } : {}) };
  const encoded = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${encoded}.${mac(encoded, secret)}`;
}

/** The payload when signature, purpose and expiry check out; otherwise null. Constant-time compare. */
export function verifyToken<T extends Record<string, unknown>>(purpose: string, token: string, secret: string): T | null {
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(encoded, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const body = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as { p?: unknown; x?: unknown };
    if (body.p !== purpose) return null;
    if (typeof body.x === 'number' && body.x < Date.now() / 1000) return null;
    return body as unknown as T;
  } catch {
    return null;
  }
}

function mac(data: string, secret: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}
