import { channelOfKind, type WebhookEndpoint, type WebhookKind } from './webhook-endpoint.entity';

/** An endpoint as its owner sees it: never the secret (shown once, at creation or rotation). */
export interface WebhookEndpointView {
  id: string;
  kind: WebhookKind;
  channel: 'webhook' | 'robot';
  url: string;
  description: string;
  subscriptionId: string | null;
  enabled: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
  hasSecret: boolean;
  previousSecretUntil: Date | null;
  createdAt: Date;
}

export function viewOfEndpoint(e: WebhookEndpoint): WebhookEndpointView {
  return {
    id: e.id,
    kind: e.kind,
    channel: channelOfKind(e.kind),
    url: e.url,
    description: e.description,
    subscriptionId: e.subscriptionId,
    enabled: !e.disabledAt,
    disabledAt: e.disabledAt,
    disabledReason: e.disabledReason,
    failingSince: e.failingSince,
    hasSecret: !!e.secret,
    previousSecretUntil: e.previousSecretUntil && e.previousSecretUntil > new Date() ? e.previousSecretUntil : null,
    createdAt: e.createdAt,
  };
}
