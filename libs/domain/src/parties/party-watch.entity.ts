import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Member } from '../members/member.entity';
import type { Channel, SubscriptionFrequency } from '../subscriptions/subscription.entity';

export type PartyRole = 'any' | 'buyer' | 'agency' | 'winner';
export const PARTY_ROLES: readonly PartyRole[] = ['any', 'buyer', 'agency', 'winner'];

/**
 * A member watching an organisation: every notice where it is the buyer, the agency or a winner
 * (or any of them), matched on the parsed party fields with name variants folded — not on text.
 */
@Entity({ name: 'party_watches' })
@Unique('uq_party_watches_member_party_role', ['memberId', 'foldedName', 'role'])
@Check('ck_party_watches_role', `role IN ('any','buyer','agency','winner')`)
@Check('ck_party_watches_frequency', `frequency IN ('instant','daily','weekly')`)
@Check('ck_party_watches_channels', `channels <@ ARRAY['email','sms']::text[] AND cardinality(channels) > 0`)
export class PartyWatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** As the member wrote it. */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** foldPartyName(name): what bulletins' parties are compared with. */
  @Index('ix_party_watches_folded')
  @Column({ name: 'folded_name', type: 'varchar', length: 200 })
  foldedName: string;

  @Column({ type: 'varchar', length: 8 })
  role: PartyRole;

  @Column({ type: 'text', array: true, default: () => `'{email}'` })
  channels: Channel[];

  @Column({ type: 'varchar', length: 8, default: 'instant' })
  frequency: SubscriptionFrequency;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;
}
