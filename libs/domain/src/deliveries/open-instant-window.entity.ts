import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Channel } from '../subscriptions/subscription.entity';
import { Member } from '../members/member.entity';

/**
 * The open instant delivery of each (member, channel), if any: the rule "at most one" spans the
 * deliveries' monthly partitions, where no unique index can reach. Kept in step by a trigger on
 * deliveries; the ledger takes the row first when it opens or joins a window.
 */
@Entity({ name: 'open_instant_windows' })
export class OpenInstantWindow {
  @PrimaryColumn({ name: 'member_id', type: 'uuid', primaryKeyConstraintName: 'pk_open_instant_windows' })
  memberId: string;

  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: 'pk_open_instant_windows' })
  channel: Channel;

  @Index('uq_open_instant_windows_delivery', { unique: true })
  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @Column({ name: 'period_month', type: 'date' })
  periodMonth: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'fk_open_instant_windows_member' })
  member?: Member;
}
