import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Bulletin } from '../bulletins/bulletin.entity';

/**
 * Which shards have matched a bulletin's current version, and when all had. Kept out of the
 * bulletins row on purpose: marking a bulletin matched then rewrites this narrow row and its two
 * small indexes, not the bulletin with its text and its search indexes.
 */
@Entity({ name: 'bulletin_match_state' })
@Index('ix_bulletin_match_state_unmatched', ['queuedAt'], { where: 'matched_at IS NULL' })
export class BulletinMatchState {
  @PrimaryColumn({ name: 'bulletin_id', type: 'uuid' })
  bulletinId: string;

  /** The bulletin version these shards matched; a new version starts over. */
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'matched_shards', type: 'smallint', array: true, default: () => `'{}'` })
  matchedShards: number[];

  @Column({ name: 'matched_at', type: 'timestamptz', nullable: true })
  matchedAt: Date | null;

  /** When this version was handed to matching; the sweeper re-enqueues it when that is long ago. */
  @Column({ name: 'queued_at', type: 'timestamptz', default: () => 'now()' })
  queuedAt: Date;

  @OneToOne(() => Bulletin, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id' })
  bulletin?: Bulletin;
}
