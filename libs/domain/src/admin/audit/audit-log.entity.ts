import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One admin write: who, what, on which row, the row before and after, when. Append-only (a
 * trigger refuses UPDATE and DELETE, see migration AdminAuditLog). No foreign keys: the log
 * outlives the members, subscriptions and sources it talks about.
 */
@Entity({ name: 'audit_logs' })
@Index('ix_audit_logs_created', ['createdAt'])
@Index('ix_audit_logs_actor_created', ['actorId', 'createdAt'])
@Index('ix_audit_logs_target_created', ['targetId', 'createdAt'])
@Index('ix_audit_logs_action_created', ['action', 'createdAt'])
export class AuditLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  /** The actor's email when the row was written (kept if the admin account goes). */
  @Column({ name: 'actor_email', type: 'varchar', length: 254, nullable: true })
  actorEmail: string | null;

  /** e.g. member.suspend; see AUDIT_ACTIONS. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 200, nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
