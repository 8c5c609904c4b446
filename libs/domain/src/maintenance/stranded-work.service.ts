import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';
import { DeliveryLedger } from '../deliveries/delivery-ledger.service';
import type { DueDelivery } from '../deliveries/due-delivery';
import type { Channel } from '../subscriptions/subscription.entity';

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

  /** Versions handed to matching more than ten seconds ago that not every shard has matched yet. */
  unmatchedBulletins(limit = 1000): Promise<Array<{ id: string; version: number; regionCode: string | null }>> {
    return this.dataSource.query(
      `SELECT s.bulletin_id AS id, s.version, b.region_code AS "regionCode" FROM bulletin_match_state s JOIN bulletins b ON b.id = s.bulletin_id AND b.version = s.version
        WHERE s.matched_at IS NULL AND s.queued_at < now() - interval '10 seconds' AND b.canonical_id IS NULL AND b.withdrawn_at IS NULL
        ORDER BY s.queued_at LIMIT $1`,
      [limit],
    );
  }

  /** Pending or held deliveries past due, and sending ones whose sender's lease lapsed. */
  dueOrStuckDeliveries(limit = 1000): Promise<DueDelivery[]> {
    return this.deliveries.due(limit);
  }

  /**
   * Pending instant notifications with no pending delivery to carry them get one, opened here.
   * The ledger now writes instant rows into their window's delivery, so these are rows written
   * before it did, or by a process still running the earlier code during an upgrade.
   */
  async openDeliveriesForOrphanedNotifications(): Promise<DueDelivery[]> {
    const orphans: Array<{ member_id: string; channel: Channel }> = await this.dataSource.query(
      // Members first (few), then one index probe each for an open window: the cost follows the
      // members waiting, not the notifications they wait with.
      `SELECT w.member_id, w.channel
         FROM (SELECT DISTINCT member_id, channel FROM notifications
                WHERE status = 'pending' AND frequency = 'instant' AND created_at < now() - interval '30 seconds') w
        WHERE NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.member_id = w.member_id AND d.channel = w.channel
                           AND d.kind = 'instant' AND d.status IN ('pending', 'sending', 'held'))
        LIMIT 1000`,
    );
    const opened = await this.dataSource.transaction((em) =>
      this.ledger.openInstantDeliveries(
        em,
        orphans.map((o) => ({ memberId: o.member_id, channel: o.channel })),
        new Date(),
      ),
    );
    return opened.map(({ opened: _o, ...d }) => d);
  }
}
