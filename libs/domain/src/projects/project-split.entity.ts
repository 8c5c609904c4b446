import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from './project.entity';

/**
 * Two projects an admin split apart. Linking never joins them again on its own: a later notice
 * whose keys belong to both joins the one its distinguishing key names and leaves the other's keys
 * alone. An admin merge of the two removes the marker.
 */
@Entity({ name: 'project_splits' })
export class ProjectSplit {
  /** The project made by the split. */
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  /** The project it was split from. */
  @Index('ix_project_splits_split_from')
  @PrimaryColumn({ name: 'split_from', type: 'uuid' })
  splitFrom: string;

  /**
   * Link keys both sides carried when split (a reused code, a common name): they did not tell the
   * two apart, so a later notice is placed by its other keys.
   */
  @Column({ name: 'shared_keys', type: 'text', array: true, default: () => `'{}'` })
  sharedKeys: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'split_from' })
  from?: Project;
}
