import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The scene string of a bind QR code: `b.<member id without dashes>.<expiry, base36 seconds>.<mac>`,
 * at most 64 characters as the platform allows. Signed with LINK_SECRET, so the event push alone
 * tells which member scanned, with no state kept between the QR code and the scan.
 */
const mac = (body: string, secret: string) => createHmac('sha256', secret).update(`wechat-scene|${body}`).digest('base64url').slice(0, 16);

export function bindScene(memberId: string, ttlSeconds: number, secret: string, nowMs = Date.now()): string {
  const body = `b.${memberId.replace(/-/g, '')}.${Math.floor(nowMs / 1000 + ttlSeconds).toString(36)}`;
  return `${body}.${mac(body, secret)}`;
}

/** The member a scene names, or null when it is not ours, forged or expired. */
export function memberOfScene(scene: string, secret: string, nowMs = Date.now()): string | null {
  const m = /^(b\.([0-9a-f]{32})\.([0-9a-z]{1,10}))\.([A-Za-z0-9_-]{16})$/.exec(scene);
  if (!m) return null;
  const expected = Buffer.from(mac(m[1], secret));
  if (!timingSafeEqual(expected, Buffer.from(m[4]))) return null;
  if (parseInt(m[3], 36) * 1000 < nowMs) return null;
  const h = m[2];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
