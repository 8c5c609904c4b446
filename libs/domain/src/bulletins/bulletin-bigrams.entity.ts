import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Bulletin } from './bulletin.entity';

/**
 * The preview's search index: every pair of adjacent characters of a bulletin's title_match and
 * of its body_match (text_bigrams), under a GIN index (the migration creates it USING gin; TypeORM
 * cannot declare the method, so the index is declared but left out of its schema sync). Filled by the worker, not by ingest: a bulletin without a
 * current row here is in bulletin_search_pending, and preview reads it by substring search.
 */
@Entity({ name: 'bulletin_bigrams' })
@Index('ix_bulletin_bigrams_grams', { synchronize: false })
export class BulletinBigrams {
  @PrimaryColumn({ name: 'bulletin_id', type: 'uuid', primaryKeyConstraintName: 'PK_bulletin_bigrams' })
  bulletinId: string;

  @Column({ type: 'text', array: true })
  grams: string[];

  @OneToOne(() => Bulletin, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'FK_bulletin_bigrams_bulletin' })
  bulletin?: Bulletin;
}
