import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Bulletin } from './bulletin.entity';

/**
 * Bulletins whose bigrams are missing or stale (inserted, or their matching text changed). Only
 * triggers on bulletins add rows, so no writer can forget; the worker's search indexer removes
 * them as it writes bulletin_bigrams.
 */
@Entity({ name: 'bulletin_search_pending' })
export class BulletinSearchPending {
  @PrimaryColumn({ name: 'bulletin_id', type: 'uuid', primaryKeyConstraintName: 'PK_bulletin_search_pending' })
  bulletinId: string;

  @Column({ name: 'queued_at', type: 'timestamptz', default: () => 'now()' })
  queuedAt: Date;

  @OneToOne(() => Bulletin, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'FK_bulletin_search_pending_bulletin' })
  bulletin?: Bulletin;
}
