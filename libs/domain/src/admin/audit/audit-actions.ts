/** Every kind of admin write. Each admin write route declares one (`@Audited`), and a test checks each leaves a row. */
export const AUDIT_ACTIONS = {
  memberSuspend: 'member.suspend',
  memberReactivate: 'member.reactivate',
  memberPlan: 'member.plan',
  memberPasswordReset: 'member.password_reset',
  subscriptionUpdate: 'subscription.update',
  subscriptionPause: 'subscription.pause',
  subscriptionResume: 'subscription.resume',
  subscriptionDelete: 'subscription.delete',
  sourceCreate: 'source.create',
  sourceKeyIssue: 'source.key_issue',
  sourceKeyRevoke: 'source.key_revoke',
  bulletinWithdraw: 'bulletin.withdraw',
  deliveryRetry: 'delivery.retry',
  deliveryBulkRetry: 'delivery.bulk_retry',
  queuesSession: 'queues.session',
  queuesDashboardAction: 'queues.dashboard_action',
  projectMerge: 'project.merge',
  projectSplit: 'project.split',
  webhookDisable: 'webhook.disable',
  webhookEnable: 'webhook.enable',
  webhookReplay: 'webhook.replay',
  teamCreate: 'team.create',
  teamUpdate: 'team.update',
  teamDelete: 'team.delete',
  teamWebhookCreate: 'team.webhook_create',
} as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];
export type AuditTargetType =
  'member' | 'subscription' | 'source' | 'api_key' | 'bulletin' | 'delivery' | 'queue' | 'project' | 'webhook' | 'team';

/** Who acts: the signed-in admin, and the request it came with (for following it in the logs). */
export interface AuditActor {
  id: string;
  requestId?: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
}
