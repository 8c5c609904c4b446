import { createHash, timingSafeEqual } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';

/** The 服务号 server push signature: sha1 of token, timestamp and nonce, sorted and joined. */
export function wechatPushSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

export function validWechatPushSignature(token: string, q: { signature?: string; timestamp?: string; nonce?: string }): boolean {
  if (!q.signature || !q.timestamp || !q.nonce) return false;
  const expected = Buffer.from(wechatPushSignature(token, q.timestamp, q.nonce));
  const given = Buffer.from(q.signature.toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export interface WechatPushEvent {
  openid: string;
  msgType: string;
  event: string;
  eventKey: string;
  createTime: string;
}

// Values stay strings (an EventKey of digits is not a number); entities are not expanded, so a
// DOCTYPE cannot inflate a push; the platform sends its fields as CDATA anyway.
const parser = new XMLParser({
  parseTagValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  ignoreAttributes: true,
});

/** The fields we act on from a plaintext-mode push; null when it is not a push message. */
export function parseWechatPush(xml: string): WechatPushEvent | null {
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch {
    return null;
  }
  const root = (doc as { xml?: Record<string, unknown> } | null)?.xml;
  if (!root || typeof root !== 'object') return null;
  const text = (k: string) => (typeof root[k] === 'string' ? root[k] : '');
  if (!text('FromUserName') || !text('MsgType')) return null;
  return {
    openid: text('FromUserName'),
    msgType: text('MsgType'),
    event: text('Event'),
    eventKey: text('EventKey'),
    createTime: text('CreateTime'),
  };
}
