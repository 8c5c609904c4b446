/** Mirrors the domain's endpoint kinds; notify does not import the domain. */
export type WebhookKind = 'webhook' | 'wecom' | 'dingtalk' | 'feishu';
