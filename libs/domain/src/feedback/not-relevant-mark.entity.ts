import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Bulletin } from '../bulletins/bulletin.entity';
import { Match } from '../matches/match.entity';
import { Member } from '../members/member.entity';
import { Subscription } from '../subscriptions/subscription.entity';

/** Where a mark was made: the web app's button or the signed link in an email. */
export type NotRelevantSource = 'app' | 'email';

/**
 * A member said a match was not relevant (不相关). One per (member, subscription, bulletin), so a
 * second click changes nothing. `terms` keeps the keyword entries that hit when it was marked:
 * the subscription may change later, the noise figures per term must not.
 */
@Entity({ name: 'not_relevant_marks' })
@Unique('uq_not_relevant_member_subscription_bulletin', ['memberId', 'subscriptionId', 'bulletinId'])
@Check('ck_not_relevant_source', `source IN ('app','email')`)
@Index('ix_not_relevant_created', ['createdAt'])
export class NotRelevantMark {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Index('ix_not_relevant_subscription')
  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId: string;

  @Column({ name: 'bulletin_id', type: 'uuid' })
  bulletinId: string;

  @Index('ix_not_relevant_match')
  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  terms: string[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 8, default: 'app' })
  source: NotRelevantSource;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @ManyToOne(() => Subscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: Subscription;

  @ManyToOne(() => Bulletin, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id' })
  bulletin?: Bulletin;

  // No foreign key: matches are partitioned by month; retention removes a month's marks with its matches.
  @ManyToOne(() => Match, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'match_id', referencedColumnName: 'id' })
  match?: Match;
}
