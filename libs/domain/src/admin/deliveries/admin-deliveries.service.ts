import { Injectable } from '@nestjs/common';
import { DeliveriesRepository } from '../../deliveries/deliveries.repository';
import type { DueDelivery } from '../../deliveries/due-delivery';
import type { DeliveryStatus } from '../../deliveries/delivery.entity';
import { DomainError, NotFoundError } from '../../shared/domain.errors';
import { AUDIT_ACTIONS, type AuditActor } from '../audit/audit-actions';
import { AuditTrail } from '../audit/audit-trail.service';
import { type AdminDeliveryDetail, type AdminDeliveryFilter, AdminDeliveriesRepository } from './admin-deliveries.repository';

/** What DeliveriesRepository.reopen accepts. */
export const RETRYABLE_STATUSES: readonly DeliveryStatus[] = ['failed', 'bounced', 'unknown'];
export const BULK_RETRY_MAX = 1000;

/**
 * Admin retries: the row goes back to pending (DeliveriesRepository.reopen) and the caller
 * enqueues delivery.send with the returned attempt count in the job id, so the retry is a new
 * job even though the failed one is still kept by BullMQ.
 */
@Injectable()
export class AdminDeliveriesService {
  constructor(
    private readonly rows: AdminDeliveriesRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly audit: AuditTrail,
  ) {}

  async get(id: string): Promise<AdminDeliveryDetail> {
    const delivery = await this.rows.find(id);
    if (!delivery) throw new NotFoundError('Delivery');
    return delivery;
  }

  async retry(actor: AuditActor, id: string): Promise<DueDelivery> {
    const before = await this.get(id);
    const reopened = await this.deliveries.reopen(id);
    if (!reopened) {
      throw new DomainError(
        'conflict',
        'delivery_not_retryable',
        `Only ${RETRYABLE_STATUSES.join(', ')} deliveries can be retried; this one is ${before.status}`,
      );
    }
    await this.audit.record(actor, {
      action: AUDIT_ACTIONS.deliveryRetry,
      targetType: 'delivery',
      targetId: id,
      before: stateOf(before),
      after: { status: 'pending', attempts: reopened.attempts },
    });
    return reopened;
  }

  /** Retries up to `limit` deliveries of the filter (retryable statuses only), oldest first. */
  async retryMany(actor: AuditActor, filter: AdminDeliveryFilter, limit: number): Promise<DueDelivery[]> {
    const status = (filter.status?.length ? filter.status : (['failed'] as DeliveryStatus[])).filter((s) => RETRYABLE_STATUSES.includes(s));
    if (!status.length) return [];
    const candidates = await this.rows.candidates({ ...filter, status }, Math.min(limit, BULK_RETRY_MAX));
    const reopened: Array<DueDelivery & { before: string }> = [];
    // One guarded UPDATE each: a row that changed meanwhile (say, a worker took it) is skipped.
    for (const c of candidates) {
      const due = await this.deliveries.reopen(c.id);
      if (due) reopened.push({ ...due, before: c.status });
    }
    await this.audit.record(
      actor,
      reopened.map((d) => ({
        action: AUDIT_ACTIONS.deliveryBulkRetry,
        targetType: 'delivery' as const,
        targetId: d.id,
        before: { status: d.before },
        after: { status: 'pending', attempts: d.attempts, filter },
      })),
    );
    return reopened.map(({ before: _b, ...due }) => due);
  }
}

const stateOf = (d: AdminDeliveryDetail) => ({ status: d.status, attempts: d.attempts, error: d.error });
