import { createHmac } from 'node:crypto';

/**
 * 钉钉 "加签": sign = base64(HMAC-SHA256(key = secret, `${timestamp}\n${secret}`)), timestamp in
 * milliseconds; both go in the query string (sign URL-encoded).
 */
export function dingtalkSignedUrl(url: string, secret: string, nowMs: number): string {
  const sign = createHmac('sha256', secret).update(`${nowMs}\n${secret}`).digest('base64');
  const u = new URL(url);
  u.searchParams.set('timestamp', String(nowMs));
  u.searchParams.set('sign', sign);
  return u.toString();
}

/**
 * 飞书 "签名校验": sign = base64(HMAC-SHA256(key = `${timestamp}\n${secret}`, empty message)),
 * timestamp in seconds; both go in the JSON body.
 */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}
