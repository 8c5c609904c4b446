import { createHmac, timingSafeEqual } from 'node:crypto';
import { verifyToken } from './signed-token';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// 128 bits of HMAC-SHA256: as hard to forge as a link needs, and half the characters.
const MAC_BYTES = 16;

/**
 * Signed tokens for links that name only ids (the 不相关 and 关注 links under every item of an
 * email): the ids' 16 bytes each, an optional expiry, and a truncated HMAC bound to the purpose,
 * in base64url. About 70 characters for two ids where the JSON form (signToken) takes about 200,
 * and an email carries two of them per notice. No "." in it, so readers tell it from that form.
 */
export function signIdToken(purpose: string, ids: string[], secret: string, ttlSeconds?: number): string {
  for (const id of ids) if (!UUID.test(id)) throw new Error(`signIdToken: not a uuid: ${id}`);
  const expiry = ttlSeconds ? Buffer.alloc(4) : Buffer.alloc(0);
  if (ttlSeconds) expiry.writeUInt32BE(Math.floor(Date.now() / 1000) + ttlSeconds);
  const body = Buffer.concat([...ids.map((id) => Buffer.from(id.replace(/-/g, ''), 'hex')), expiry]);
  return Buffer.concat([body, mac(purpose, body, secret)]).toString('base64url');
}

/** The ids when the token is of this purpose, shape and secret, and not expired; otherwise null. */
export function verifyIdToken(purpose: string, token: string, secret: string, count: number, expires: boolean): string[] | null {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const raw = Buffer.from(token, 'base64url');
  const bodyLength = count * 16 + (expires ? 4 : 0);
  if (raw.length !== bodyLength + MAC_BYTES) return null;
  const body = raw.subarray(0, bodyLength);
  if (!timingSafeEqual(raw.subarray(bodyLength), mac(purpose, body, secret))) return null;
  if (expires && body.readUInt32BE(count * 16) < Date.now() / 1000) return null;
  return Array.from({ length: count }, (_, i) => {
    const hex = body.subarray(i * 16, i * 16 + 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  });
}

function mac(purpose: string, body: Buffer, secret: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\0`).update(body).digest().subarray(0, MAC_BYTES);
}

/**
 * The ids a link's token carries: the compact form above, or, for links in emails sent before it,
 * the JSON form (signToken) with the ids under `keys`. Both are checked as strictly.
 */
export function readIdLinkToken(purpose: string, token: string, secret: string, keys: string[], expires: boolean): string[] | null {
  if (!token.includes('.')) return verifyIdToken(purpose, token, secret, keys.length, expires);
  const body = verifyToken<Record<string, unknown>>(purpose, token, secret);
  const ids = body ? keys.map((k) => body[k]) : [];
  return body && ids.every((id): id is string => typeof id === 'string') ? ids : null;
}
