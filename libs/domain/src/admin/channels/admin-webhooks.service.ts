import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError } from '../../shared/domain.errors';
import { viewOfEndpoint, type WebhookEndpointView } from '../../webhooks/webhook-endpoint-view';
import { WebhookEndpointsRepository, type WebhookMessageLogEntry } from '../../webhooks/webhook-endpoints.repository';
import { AUDIT_ACTIONS, type AuditActor } from '../audit/audit-actions';
import { AuditTrail } from '../audit/audit-trail.service';
import { AdminWebhooksRepository, type AdminWebhookFilter, type AdminWebhookRow } from './admin-webhooks.repository';

export interface AdminWebhookView extends WebhookEndpointView {
  memberId: string;
  ownerEmail: string;
  teamId: string | null;
  teamName: string | null;
  lastStatus: string | null;
}

const view = (r: AdminWebhookRow): AdminWebhookView => ({
  ...viewOfEndpoint(r.endpoint),
  memberId: r.endpoint.memberId,
  ownerEmail: r.ownerEmail,
  teamId: r.endpoint.teamId,
  teamName: r.teamName,
  lastStatus: r.lastStatus,
});

/** Admins over every webhook and robot endpoint: list, log, switch off and on, replay; audited. */
@Injectable()
export class AdminWebhooksService {
  constructor(
    private readonly admin: AdminWebhooksRepository,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async list(filter: AdminWebhookFilter, limit: number): Promise<AdminWebhookView[]> {
    return (await this.admin.list(filter, limit)).map(view);
  }

  async get(id: string): Promise<AdminWebhookView> {
    const row = await this.admin.get(id);
    if (!row) throw new NotFoundError('Webhook');
    return view(row);
  }

  async deliveries(id: string, limit: number, before?: Date): Promise<WebhookMessageLogEntry[]> {
    await this.get(id);
    return this.endpoints.log(id, limit, before);
  }

  async setEnabled(actor: AuditActor, id: string, enabled: boolean): Promise<AdminWebhookView> {
    const before = await this.get(id);
    if (before.enabled !== enabled) await this.admin.setDisabled(id, !enabled, 'disabled by an admin');
    const after = await this.get(id);
    await this.audit.record(actor, {
      action: enabled ? AUDIT_ACTIONS.webhookEnable : AUDIT_ACTIONS.webhookDisable,
      targetType: 'webhook',
      targetId: id,
      before: { enabled: before.enabled, disabledReason: before.disabledReason },
      after: { enabled: after.enabled, disabledReason: after.disabledReason },
    });
    return after;
  }

  /** Puts a finished message back in line; returns what to enqueue. */
  async replay(actor: AuditActor, id: string, messageId: string): Promise<{ id: string; attempts: number }> {
    const endpoint = await this.get(id);
    if (!(await this.endpoints.messageExists(id, messageId))) throw new NotFoundError('Webhook delivery');
    if (!endpoint.enabled) throw new DomainError('conflict', 'webhook_disabled', 'Enable the endpoint before replaying to it');
    const replayed = await this.endpoints.replay(id, messageId);
    if (!replayed) throw new DomainError('conflict', 'webhook_delivery_in_progress', 'This delivery is still being sent');
    await this.audit.record(actor, { action: AUDIT_ACTIONS.webhookReplay, targetType: 'webhook', targetId: id, after: { messageId } });
    return replayed;
  }
}
