import type { KeywordHit } from '@app/matcher';
import { Check, JoinColumn, ManyToOne, Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { Bulletin } from '../bulletins/bulletin.entity';
import { Member } from '../members/member.entity';
import { Subscription } from '../subscriptions/subscription.entity';

/**
 * A keyword hit as stored on a match: the matcher's KeywordHit without its sentence. A title hit's
 * sentence is the title; a body hit's is the same for every subscription that hit the term, and
 * readers cut it from the body (hitDetailsWithWindows, withSentences). Repeating it in every match
 * was a quarter of the row. Rows recorded before may still carry it, and readers keep it then.
 */
export type MatchHitDetail = Omit<KeywordHit, 'sentence'> & { sentence?: string };

/** A hit as it is stored: without its sentence. */
export const storedHit = ({ sentence: _sentence, ...hit }: MatchHitDetail): MatchHitDetail => hit;

/**
 * One subscription caught one bulletin; unique so retries never duplicate. Partitioned by the
 * bulletin's month (a function of the bulletin), so the key stays unique across months.
 */
@Entity({ name: 'matches' })
@Unique('uq_matches_bulletin_subscription', ['bulletinId', 'subscriptionId', 'bulletinMonth'])
@Index('ix_matches_member_created', ['memberId', 'createdAt'])
@Check('ck_matches_score', `score BETWEEN 0 AND 100`)
export class Match {
  /** Time-ordered (see the time_ordered_uuid function), so new rows extend the key's right edge. */
  @PrimaryColumn({ type: 'uuid', default: () => 'time_ordered_uuid()', primaryKeyConstraintName: 'pk_matches' })
  id: string;

  /** The bulletin's `ledger_month`: the partition this row lives in. */
  @PrimaryColumn({ name: 'bulletin_month', type: 'date', primaryKeyConstraintName: 'pk_matches' })
  bulletinMonth: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId: string;

  @Column({ name: 'bulletin_id', type: 'uuid' })
  bulletinId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** Keyword entries that hit, as the member wrote them. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  hits: string[];

  /**
   * Where each keyword hit: one entry per part of each entry in `hits` (term, place, aligned and
   * offset, in match form; older rows also the sentence). [] for matches recorded before hits had places.
   */
  @Column({ name: 'hit_details', type: 'jsonb', default: () => `'[]'` })
  hitDetails: MatchHitDetail[];

  /** Relevance 0..100 from the places of the hits; null for matches recorded before scores. */
  @Column({ type: 'smallint', nullable: true })
  score: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** No foreign key: the recorder locks the subscription and its deletion deletes the matches. */
  @ManyToOne(() => Subscription, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: Subscription;

  /**
   * No foreign key: triggers hold the row to its bulletin's month once per statement, and a
   * deleted bulletin takes its rows (migration LedgerBulletinChecksPerStatement).
   */
  @ManyToOne(() => Bulletin, { createForeignKeyConstraints: false })
  @JoinColumn([
    { name: 'bulletin_id', referencedColumnName: 'id' },
    { name: 'bulletin_month', referencedColumnName: 'ledgerMonth' },
  ])
  bulletin?: Bulletin;

  /** No foreign key (the ledger writers lock the member instead): MembersRepository.delete deletes these rows. */
  @ManyToOne(() => Member, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'member_id' })
  member?: Member;
}
