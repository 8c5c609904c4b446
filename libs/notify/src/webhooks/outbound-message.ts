import { dingtalkSignedUrl, feishuSign } from './robot-signing';
import { standardWebhookHeaders } from './standard-webhook-signature';
import type { WebhookKind } from './webhook-kind';

export interface EndpointForSend {
  kind: WebhookKind;
  url: string;
  secret: string | null;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
}

/**
 * The exact request for one stored message to one endpoint, signed at send time (a signature's
 * timestamp must be fresh, so retries and replays are signed again; the id and body stay).
 */
export function outboundMessage(
  endpoint: EndpointForSend,
  messageId: string,
  body: string,
  now: Date,
): { url: string; headers: Record<string, string>; body: string } {
  const json = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'tender-alerts-webhooks/1' };
  switch (endpoint.kind) {
    case 'webhook': {
      const overlap =
        endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil > now ? [endpoint.previousSecret] : [];
      const secrets = [endpoint.secret!, ...overlap];
      return {
        url: endpoint.url,
        headers: { ...json, ...standardWebhookHeaders(secrets, `msg_${messageId}`, Math.floor(now.getTime() / 1000), body) },
        body,
      };
    }
    case 'dingtalk':
      return { url: endpoint.secret ? dingtalkSignedUrl(endpoint.url, endpoint.secret, now.getTime()) : endpoint.url, headers: json, body };
    case 'feishu': {
      if (!endpoint.secret) return { url: endpoint.url, headers: json, body };
      const timestamp = Math.floor(now.getTime() / 1000);
      return {
        url: endpoint.url,
        headers: json,
        body: JSON.stringify({ timestamp: String(timestamp), sign: feishuSign(endpoint.secret, timestamp), ...JSON.parse(body) }),
      };
    }
    case 'wecom':
      return { url: endpoint.url, headers: json, body };
  }
}
