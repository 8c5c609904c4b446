import { JoinColumn, ManyToOne, Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { Channel, SubscriptionFrequency } from '../subscriptions/subscription.entity';
import { Bulletin } from '../bulletins/bulletin.entity';
import { Member } from '../members/member.entity';
import { Delivery } from './delivery.entity';

export type NotificationStatus = 'pending' | 'assigned' | 'suppressed';

/**
 * The ledger: one row per (member, bulletin, channel), however many subscriptions matched and
 * however often the bulletin was ingested. The unique constraint is the "never twice" guarantee;
 * the table is partitioned by the bulletin's month, which is part of the key and a function of the
 * bulletin (a foreign key on both), so the key is as unique across months as within one.
 */
@Entity({ name: 'notifications' })
// Led by the bulletin, so a bulletin's rows are written side by side (see the migration NotificationsKeyedByBulletin).
@Unique('uq_notifications_bulletin_member_channel', ['bulletinId', 'memberId', 'channel', 'bulletinMonth'])
@Check('ck_notifications_status', `status IN ('pending','assigned','suppressed')`)
@Check('ck_notifications_channel', `channel IN ('email','sms','wechat','webhook','robot','team')`)
// Frequency first: the instant sweep must not walk digests pending for days, nor the digest planner instant rows.
@Index('ix_notifications_pending', ['frequency', 'memberId', 'channel', 'createdAt'], { where: `status = 'pending'` })
// What a member's pages ask for by member and not through a delivery.
@Index('ix_notifications_suppressed', ['memberId'], { where: `status = 'suppressed'` })
export class Notification {
  /** Time-ordered (see the time_ordered_uuid function), so new rows extend the key's right edge. */
  @PrimaryColumn({ type: 'uuid', default: () => 'time_ordered_uuid()', primaryKeyConstraintName: 'pk_notifications' })
  id: string;

  /** The bulletin's `ledger_month`: the partition this row lives in. */
  @PrimaryColumn({ name: 'bulletin_month', type: 'date', primaryKeyConstraintName: 'pk_notifications' })
  bulletinMonth: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'bulletin_id', type: 'uuid' })
  bulletinId: string;

  @Column({ type: 'varchar', length: 8 })
  channel: Channel;

  /** The most urgent frequency among the subscriptions that matched. */
  @Column({ type: 'varchar', length: 8 })
  frequency: SubscriptionFrequency;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: NotificationStatus;

  /**
   * Every reason the member has for this notice ends with its bid deadline (keyword subscriptions
   * without includeExpired): once the deadline has passed it is held back, not sent as new.
   */
  @Column({ name: 'only_before_deadline', type: 'boolean', default: false })
  onlyBeforeDeadline: boolean;

  /** Why a suppressed notification was not sent, when the ledger decided it ('deadline_passed'). */
  @Column({ name: 'held_reason', type: 'varchar', length: 32, nullable: true })
  heldReason: string | null;

  // Set when a sender takes the row; until then (and for every suppressed row) nothing to index.
  @Index('ix_notifications_delivery', { where: `delivery_id IS NOT NULL` })
  @Column({ name: 'delivery_id', type: 'uuid', nullable: true })
  deliveryId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** No foreign key (the ledger writers lock the member instead): MembersRepository.delete deletes these rows. */
  @ManyToOne(() => Member, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  /** No foreign key: triggers hold the row to its bulletin's month (see Match.bulletin). */
  @ManyToOne(() => Bulletin, { createForeignKeyConstraints: false })
  @JoinColumn([
    { name: 'bulletin_id', referencedColumnName: 'id' },
    { name: 'bulletin_month', referencedColumnName: 'ledgerMonth' },
  ])
  bulletin?: Bulletin;

  // No foreign key: deliveries are partitioned by another month, and retention drops both by month.
  @ManyToOne(() => Delivery, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'delivery_id', referencedColumnName: 'id' })
  delivery?: Delivery;
}
