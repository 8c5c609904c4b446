import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A deadline reminder that was sent (or is being sent): unique per member, project, deadline,
 * offset and channel, so a retried or duplicated job never reminds twice.
 */
@Entity({ name: 'project_reminders' })
@Unique('uq_project_reminders', ['memberId', 'projectId', 'deadlineAt', 'offsetHours', 'channel'])
export class ProjectReminder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'deadline_at', type: 'timestamptz' })
  deadlineAt: Date;

  @Column({ name: 'offset_hours', type: 'int' })
  offsetHours: number;

  @Column({ type: 'varchar', length: 8 })
  channel: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
