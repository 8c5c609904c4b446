import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../shared/domain.errors';
import type { SubscriptionInput } from '../../subscriptions/subscription-input';
import { SubscriptionsService } from '../../subscriptions/subscriptions.service';
import { AUDIT_ACTIONS, type AuditAction, type AuditActor } from '../audit/audit-actions';
import { AuditTrail } from '../audit/audit-trail.service';
import { AdminSubscriptionsRepository, type AdminSubscriptionView } from './admin-subscriptions.repository';

// The audit row keeps the filter and delivery settings, not the member's email.
const snapshot = ({ memberEmail: _e, memberStatus: _s, ...sub }: AdminSubscriptionView) => sub;

/**
 * Admin changes to any member's subscription go through the member-side SubscriptionsService,
 * so validation and plan limits are the same. That service owns its writes, so the audit row
 * follows the change rather than sharing its transaction.
 */
@Injectable()
export class AdminSubscriptionsService {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly rows: AdminSubscriptionsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async get(id: string): Promise<AdminSubscriptionView> {
    const sub = await this.rows.find(id);
    if (!sub) throw new NotFoundError('Subscription');
    return sub;
  }

  update(actor: AuditActor, id: string, changes: Partial<SubscriptionInput>): Promise<AdminSubscriptionView> {
    return this.change(actor, id, AUDIT_ACTIONS.subscriptionUpdate, (s) => this.subscriptions.update(s.memberId, id, changes));
  }

  setPaused(actor: AuditActor, id: string, paused: boolean): Promise<AdminSubscriptionView> {
    const action = paused ? AUDIT_ACTIONS.subscriptionPause : AUDIT_ACTIONS.subscriptionResume;
    return this.change(actor, id, action, (s) => this.subscriptions.setPaused(s.memberId, id, paused));
  }

  async remove(actor: AuditActor, id: string): Promise<void> {
    const before = await this.get(id);
    await this.subscriptions.remove(before.memberId, id);
    await this.audit.record(actor, {
      action: AUDIT_ACTIONS.subscriptionDelete,
      targetType: 'subscription',
      targetId: id,
      before: snapshot(before),
      after: null,
    });
  }

  private async change(
    actor: AuditActor,
    id: string,
    action: AuditAction,
    apply: (s: AdminSubscriptionView) => Promise<unknown>,
  ): Promise<AdminSubscriptionView> {
    const before = await this.get(id);
    await apply(before);
    const after = await this.get(id);
    await this.audit.record(actor, { action, targetType: 'subscription', targetId: id, before: snapshot(before), after: snapshot(after) });
    return after;
  }
}
