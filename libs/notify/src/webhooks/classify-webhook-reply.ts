import type { WebhookKind } from './webhook-kind';

export type ReplyVerdict = { verdict: 'accepted' } | { verdict: 'retry'; error: string } | { verdict: 'permanent'; error: string };

// Rate limits and platform hiccups are worth another try; anything else the platform names
// (bad key, bad signature, robot removed, keyword/IP rules) will not fix itself.
const ROBOT_RETRY_CODES: Record<Exclude<WebhookKind, 'webhook'>, number[]> = {
  wecom: [45009, -1, 45033],
  dingtalk: [130101, 410100, -1],
  feishu: [11232, 9499, 11233],
};

/** What an endpoint's HTTP answer means for the message. */
export function classifyWebhookReply(kind: WebhookKind, status: number, body: string): ReplyVerdict {
  if (kind === 'webhook') {
    if (status >= 200 && status < 300) return { verdict: 'accepted' };
    // Standard Webhooks receivers answer any non-2xx to ask for a retry; a redirect is not followed.
    return { verdict: 'retry', error: `HTTP ${status}` };
  }
  if (status === 429 || status >= 500) return { verdict: 'retry', error: `HTTP ${status}` };
  let reply: { errcode?: number; errmsg?: string; code?: number; msg?: string; StatusCode?: number };
  try {
    reply = JSON.parse(body) as typeof reply;
  } catch {
    return status >= 200 && status < 300
      ? { verdict: 'retry', error: `HTTP ${status}, not JSON` }
      : { verdict: 'permanent', error: `HTTP ${status}` };
  }
  const code = reply.errcode ?? reply.code ?? reply.StatusCode;
  if (status >= 200 && status < 300 && code === 0) return { verdict: 'accepted' };
  const error = `${kind} ${code ?? `HTTP ${status}`}: ${reply.errmsg ?? reply.msg ?? ''}`.trim();
  if (code !== undefined && ROBOT_RETRY_CODES[kind].includes(code)) return { verdict: 'retry', error };
  return { verdict: 'permanent', error };
}
