import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';
import { DeliveryLedger } from '../deliveries/delivery-ledger.service';
import type { DueDelivery } from '../deliveries/due-delivery';

/**
 * Work a crash can leave stranded, found from Postgres: bulletins stored but never matched,
 * deliveries due but never sent (or whose sender died mid-way), instant notifications whose
 * window went out without them. The caller re-enqueues; job ids make repeats harmless.
 */
@Injectable()
export class StrandedWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: DeliveriesRepository,
    private readonly ledger: DeliveryLedger,
  ) {}

  unmatchedBulletins(limit = 1000): Promise<Array<{ id: string; version: number }>> {
    return this.dataSource.query(
      `SELECT id, version FROM bulletins
        WHERE matched_at IS NULL AND canonical_id IS NULL AND withdrawn_at IS NULL AND updated_at < now() - interval '10 seconds'
        ORDER BY updated_at LIMIT $1`,
      [limit],
    );
  }

  /** Pending or held deliveries past due, and sending ones whose sender's lease lapsed. */
  dueOrStuckDeliveries(limit = 1000): Promise<DueDelivery[]> {
    return this.deliveries.due(limit);
  }

  /** Pending instant notifications with no pending delivery to carry them get one, opened here. */
  async openDeliveriesForOrphanedNotifications(): Promise<DueDelivery[]> {
    const orphans: Array<{ member_id: string; channel: 'email' | 'sms' }> = await this.dataSource.query(
      `SELECT DISTINCT n.member_id, n.channel FROM notifications n
        WHERE n.status = 'pending' AND n.frequency = 'instant' AND n.created_at < now() - interval '30 seconds'
          AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.member_id = n.member_id AND d.channel = n.channel
                           AND d.kind = 'instant' AND d.status IN ('pending', 'held', 'sending'))
        LIMIT 1000`,
    );
    const out: DueDelivery[] = [];
    for (const o of orphans) {
      out.push(await this.dataSource.transaction((em) => this.ledger.openInstantDelivery(em, o.member_id, o.channel, new Date())));
    }
    return out;
  }
}
