import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Member } from '../members/member.entity';
import { numericTransformer } from '../shared/numeric.transformer';

export type SubscriptionScope = 'title' | 'title_body';
export type SubscriptionFrequency = 'instant' | 'daily' | 'weekly';
/** Push channels of the one ledger. Feeds are pulled and are not a channel. */
/** `team`: a team endpoint's copy of the member's match (never chosen on a subscription; see Team). */
export type Channel = 'email' | 'sms' | 'wechat' | 'webhook' | 'robot' | 'team';

/** A member's filter (关注/订阅器). */
@Entity({ name: 'subscriptions' })
@Check('ck_subscriptions_scope', `scope IN ('title','title_body')`)
@Check('ck_subscriptions_frequency', `frequency IN ('instant','daily','weekly')`)
@Check('ck_subscriptions_budget', `budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max`)
export class Subscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_subscriptions_member')
  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  keywords: string[];

  @Column({ name: 'exclude_words', type: 'text', array: true, default: () => `'{}'` })
  excludeWords: string[];

  @Column({ type: 'varchar', length: 16, default: 'title_body' })
  scope: SubscriptionScope;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  regions: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  categories: string[];

  /** Notice stages (BULLETIN_STAGES codes) caught besides whole categories; both empty = every kind. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  stages: string[];

  @Column({ name: 'budget_min', type: 'numeric', precision: 18, scale: 2, nullable: true, transformer: numericTransformer })
  budgetMin: number | null;

  @Column({ name: 'budget_max', type: 'numeric', precision: 18, scale: 2, nullable: true, transformer: numericTransformer })
  budgetMax: number | null;

  @Column({ name: 'require_budget', type: 'boolean', default: false })
  requireBudget: boolean;

  /** Also send tenders whose bid deadline has passed (marked 已截止); by default they are held back. */
  @Column({ name: 'include_expired', type: 'boolean', default: false })
  includeExpired: boolean;

  @Column({ type: 'text', array: true, default: () => `'{email}'` })
  channels: Channel[];

  @Column({ type: 'varchar', length: 16, default: 'instant' })
  frequency: SubscriptionFrequency;

  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Index('ix_subscriptions_updated')
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
