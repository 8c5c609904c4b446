import { JoinColumn, ManyToOne, Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { numericTransformer } from '../shared/numeric.transformer';
import type { BulletinCategoryValue } from './bulletin-category';
import { Source } from '../sources/source.entity';

@Entity({ name: 'bulletins' })
@Unique('uq_bulletins_source_ref', ['sourceId', 'sourceRef'])
// The target of the ledger's (bulletin_id, bulletin_month) foreign keys.
@Unique('uq_bulletins_id_ledger_month', ['id', 'ledgerMonth'])
@Check('ck_bulletins_category', `category IN ('tender','award','change','intent','proposed','news','other')`)
@Index('ix_bulletins_published', ['publishedAt'])
export class Bulletin {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  /** The source's own id for the notice. */
  @Column({ name: 'source_ref', type: 'varchar', length: 200 })
  sourceRef: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** Matching forms (toMatchText) kept beside the display text so workers do not recompute them. */
  @Column({ name: 'title_match', type: 'text' })
  titleMatch: string;

  @Column({ name: 'body_match', type: 'text' })
  bodyMatch: string;

  @Column({ type: 'varchar', length: 16 })
  category: BulletinCategoryValue;

  @Index('ix_bulletins_region')
  @Column({ name: 'region_code', type: 'char', length: 6, nullable: true })
  regionCode: string | null;

  @Column({ name: 'region_text', type: 'varchar', length: 500, nullable: true })
  regionText: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'budget_yuan', type: 'numeric', precision: 18, scale: 2, nullable: true, transformer: numericTransformer })
  budgetYuan: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  buyer: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  agency: string | null;

  @Column({ name: 'project_code', type: 'varchar', length: 200, nullable: true })
  projectCode: string | null;

  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  /**
   * Finer kind of notice (a BULLETIN_STAGES code of @app/parsing); null when the text does not say.
   * No check constraint: the parser's vocabulary grows, and ingest only stores known codes.
   */
  @Index('ix_bulletins_stage')
  @Column({ type: 'varchar', length: 32, nullable: true })
  stage: string | null;

  /** Winning or first-ranked bidders as written; empty when none is named. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  winners: string[];

  /** 中标/成交金额: what was won, never the budget. */
  @Column({ name: 'award_yuan', type: 'numeric', precision: 18, scale: 2, nullable: true, transformer: numericTransformer })
  awardYuan: number | null;

  /** Cross-source duplicate key (normalised title/project code + buyer); see dedupe-key.ts. */
  @Index('ix_bulletins_dedupe_key')
  @Column({ name: 'dedupe_key', type: 'varchar', length: 64, nullable: true })
  dedupeKey: string | null;

  /** Same project code + buyer + category: the strong cross-source key (see dedupe-keys.ts). */
  @Index('ix_bulletins_project_key')
  @Column({ name: 'project_key', type: 'varchar', length: 64, nullable: true })
  projectKey: string | null;

  /** The project this notice belongs to (linked at ingest, in the same transaction). */
  @Index('ix_bulletins_project')
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  /** Hash of what the source sent; a re-sent identical item is a no-op. */
  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash: string;

  /** Bumped on every content update; part of the match job id so an update is matched again. */
  @Column({ type: 'int', default: 1 })
  version: number;

  /** Set when another source already brought the same notice: this row is never notified. */
  @Column({ name: 'canonical_id', type: 'uuid', nullable: true })
  canonicalId: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'ingested_at', type: 'timestamptz', default: () => 'now()' })
  ingestedAt: Date;

  /**
   * First day of the UTC month the bulletin was received in; never changes. Its matches and
   * notifications are kept in that month's partitions and dropped with them. (Written without the
   * `::date` Postgres adds to the stored default, so that TypeORM sees no difference.)
   */
  @Column({ name: 'ledger_month', type: 'date', default: () => `(date_trunc('month', timezone('UTC', now())))` })
  ledgerMonth: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: Source;
}
