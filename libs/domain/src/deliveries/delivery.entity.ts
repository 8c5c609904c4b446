import {
  JoinColumn,
  ManyToOne,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Channel } from '../subscriptions/subscription.entity';
import { Member } from '../members/member.entity';

export type DeliveryKind = 'instant' | 'daily' | 'weekly';
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'bounced' | 'unknown' | 'held';

/**
 * One message to one member on one channel: an instant batch or a digest for a period. Partitioned
 * by the month the period starts in. At most one open instant window per member and channel (every
 * new instant notification joins it, so no instant delivery goes out empty; a window stops being
 * open once a sender has tried it): that rule spans months, so it lives in `open_instant_windows`.
 */
@Entity({ name: 'deliveries' })
// A digest goes out once per member, channel and period (the period's month follows from its key).
@Index('uq_deliveries_member_channel_period', ['memberId', 'channel', 'kind', 'periodKey', 'periodMonth'], {
  unique: true,
  where: `kind <> 'instant'`,
})
@Check('ck_deliveries_status', `status IN ('pending','sending','sent','failed','bounced','unknown','held')`)
@Check('ck_deliveries_kind', `kind IN ('instant','daily','weekly')`)
@Check('ck_deliveries_channel', `channel IN ('email','sms','wechat','webhook','robot','team')`)
@Index('ix_deliveries_due', ['dueAt'], { where: `status IN ('pending','sending','held')` })
// "Has this member an instant window still to go out?" — asked per member by the sweep and the ledger.
@Index('ix_deliveries_open_instant', ['memberId', 'channel'], { where: `kind = 'instant' AND status IN ('pending','sending','held')` })
// "Did anything of this member go out with an unknown fate?" — asked for every message.
@Index('ix_deliveries_unknown', ['memberId', 'channel'], { where: `status = 'unknown'` })
export class Delivery {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_deliveries' })
  id: string;

  /** First day of the month the period starts in (UTC for instant windows, member-local for digests): the partition. */
  @PrimaryColumn({ name: 'period_month', type: 'date', primaryKeyConstraintName: 'pk_deliveries' })
  periodMonth: string;

  @Index('ix_deliveries_member')
  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'varchar', length: 8 })
  channel: Channel;

  @Column({ type: 'varchar', length: 8 })
  kind: DeliveryKind;

  /** Instant: the coalescing window's start; digests: the member-local date or ISO week. */
  @Column({ name: 'period_key', type: 'varchar', length: 40 })
  periodKey: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'provider_message_id', type: 'varchar', length: 200, nullable: true })
  providerMessageId: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  /** While sending: after this time a sweeper may take the delivery over. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  /**
   * Set (and committed) just before the message is handed to SMTP. A sender that dies after this
   * may or may not have delivered it: the delivery becomes `unknown` rather than being sent twice.
   */
  @Column({ name: 'transmitted_at', type: 'timestamptz', nullable: true })
  transmittedAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;
}
