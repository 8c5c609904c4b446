import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from './project.entity';

/**
 * Which project a link key (code, buyer + name, long name) currently belongs to. The primary key
 * makes two concurrent ingests of one project's notices meet on the same row.
 */
@Entity({ name: 'project_link_keys' })
export class ProjectLinkKey {
  @PrimaryColumn({ type: 'varchar', length: 600 })
  key: string;

  @Index('ix_project_link_keys_project')
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  /** Publication time of the latest notice under this key: the window is measured from it. */
  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;
}
