import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Member } from '../members/member.entity';
import type { Channel } from '../subscriptions/subscription.entity';
import { Project } from './project.entity';

/** A member following a project: every later notice reaches them, keywords or not. */
@Entity({ name: 'project_follows' })
@Unique('uq_project_follows_member_project', ['memberId', 'projectId'])
@Check('ck_project_follows_channels', `channels <@ ARRAY['email','sms']::text[] AND cardinality(channels) > 0`)
export class ProjectFollow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Index('ix_project_follows_project')
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'text', array: true, default: () => `'{email}'` })
  channels: Channel[];

  /** Hours before the bid deadline to remind (default 3 days and 1 day). */
  @Column({ name: 'reminder_offsets_hours', type: 'int', array: true, default: () => `'{72,24}'` })
  reminderOffsetsHours: number[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;
}
