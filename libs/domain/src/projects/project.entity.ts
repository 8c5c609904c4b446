import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../shared/numeric.transformer';

/**
 * One procurement followed through its notices (tender, 更正, 中标结果 …). The summary columns are
 * recomputed from the project's bulletins whenever a notice joins or leaves.
 */
@Entity({ name: 'projects' })
@Index('ix_projects_last_seen', ['lastSeenAt'])
export class Project {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable key from the first notice's link key (as `cli link` prints it). */
  @Index('uq_projects_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  buyer: string | null;

  @Column({ name: 'project_code', type: 'varchar', length: 200, nullable: true })
  projectCode: string | null;

  /** The latest notice's category and stage: where the procurement stands. */
  @Column({ type: 'varchar', length: 16 })
  category: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  stage: string | null;

  /** The latest deadline any notice states: a 更正 or 延期 moves it. */
  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  @Column({ name: 'budget_yuan', type: 'numeric', precision: 18, scale: 2, nullable: true, transformer: numericTransformer })
  budgetYuan: number | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  winners: string[];

  @Column({ name: 'award_yuan', type: 'numeric', precision: 18, scale: 2, nullable: true, transformer: numericTransformer })
  awardYuan: number | null;

  @Column({ name: 'notice_count', type: 'int', default: 0 })
  noticeCount: number;

  @Column({ name: 'first_seen_at', type: 'timestamptz', default: () => 'now()' })
  firstSeenAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** Set when the project was merged into another (by a bridging notice or an admin). */
  @Column({ name: 'merged_into', type: 'uuid', nullable: true })
  mergedInto: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
