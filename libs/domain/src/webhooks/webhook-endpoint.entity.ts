import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Member } from '../members/member.entity';
import { Subscription } from '../subscriptions/subscription.entity';
import { Team } from '../teams/team.entity';

/** `webhook`: Standard Webhooks JSON events; the rest are team-chat group robots (markdown). */
export type WebhookKind = 'webhook' | 'wecom' | 'dingtalk' | 'feishu';
export const WEBHOOK_KINDS: readonly WebhookKind[] = ['webhook', 'wecom', 'dingtalk', 'feishu'];
export const ROBOT_KINDS: readonly WebhookKind[] = ['wecom', 'dingtalk', 'feishu'];

/** The ledger channel an endpoint of this kind receives. */
export const channelOfKind = (kind: WebhookKind): 'webhook' | 'robot' => (kind === 'webhook' ? 'webhook' : 'robot');

/** An HTTPS endpoint a member registered: for one subscription's matches or all of them. */
@Entity({ name: 'webhook_endpoints' })
@Check('ck_webhook_endpoints_kind', `kind IN ('webhook','wecom','dingtalk','feishu')`)
@Index('ix_webhook_endpoints_member_active', ['memberId', 'kind'], { where: 'disabled_at IS NULL' })
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** Null: every match of the member. */
  @Index('ix_webhook_endpoints_subscription')
  @Column({ name: 'subscription_id', type: 'uuid', nullable: true })
  subscriptionId: string | null;

  /**
   * Set for a team's endpoint (made by an admin, who is then `memberId`, the owner told when it is
   * disabled): it receives the team's matches on the `team` ledger channel, not the owner's.
   */
  @Index('ix_webhook_endpoints_team')
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: WebhookKind;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  description: string;

  /**
   * Signing secret: `whsec_…` for webhooks, the robot's own secret for DingTalk and Feishu, null for
   * 企业微信 (its key is part of the URL). Stored encrypted (`SecretCipher`, `enc:v1:<key id>:…`):
   * every send must read it back, so it cannot be hashed, but a copy of the table alone is useless.
   */
  @Column({ type: 'text', nullable: true })
  secret: string | null;

  /** Encrypted like `secret`. After a rotation the old secret still signs (as a second signature) until this time. */
  @Column({ name: 'previous_secret', type: 'text', nullable: true })
  previousSecret: string | null;

  @Column({ name: 'previous_secret_until', type: 'timestamptz', nullable: true })
  previousSecretUntil: Date | null;

  /** Start of the current run of failed attempts; null after a success. */
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Member;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @ManyToOne(() => Subscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: Subscription;
}
