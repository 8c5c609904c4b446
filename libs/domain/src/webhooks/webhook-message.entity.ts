import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Delivery } from '../deliveries/delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export type WebhookMessageStatus = 'pending' | 'sending' | 'delivered' | 'failed' | 'unknown';

/**
 * One ledger delivery as it goes to one endpoint: the endpoint's delivery log. Unique per
 * (endpoint, delivery), so fanning a delivery out twice (a retry after a crash) adds nothing.
 * The body is stored as sent, so a replay is byte for byte the same event with the same id.
 */
@Entity({ name: 'webhook_messages' })
@Unique('uq_webhook_messages_endpoint_delivery', ['endpointId', 'deliveryId'])
@Check('ck_webhook_messages_status', `status IN ('pending','sending','delivered','failed','unknown')`)
@Index('ix_webhook_messages_due', ['nextAttemptAt'], { where: `status IN ('pending','sending')` })
@Index('ix_webhook_messages_endpoint_created', ['endpointId', 'createdAt'])
export class WebhookMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  /** The event type (`bulletins.matched`) or the robot message kind. */
  @Column({ name: 'event_type', type: 'varchar', length: 40 })
  eventType: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: WebhookMessageStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  /** Set (committed) just before the request goes out: a sender lost after it leaves `unknown`. */
  @Column({ name: 'transmitted_at', type: 'timestamptz', nullable: true })
  transmittedAt: Date | null;

  @Column({ name: 'response_status', type: 'int', nullable: true })
  responseStatus: number | null;

  @Column({ name: 'response_body', type: 'text', nullable: true })
  responseBody: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: WebhookEndpoint;

  // No foreign key: deliveries are partitioned by month; retention removes a month's messages with its deliveries.
  @ManyToOne(() => Delivery, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'delivery_id', referencedColumnName: 'id' })
  delivery?: Delivery;
}
