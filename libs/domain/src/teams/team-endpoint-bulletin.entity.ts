import { Column, Entity, ManyToOne, JoinColumn, PrimaryColumn } from 'typeorm';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity';

/**
 * Which delivery carried a bulletin to a team endpoint. Several members of a team match the same
 * bulletin, each with a ledger delivery of their own; the first delivery to claim (endpoint,
 * bulletin) here sends it and the others leave it out, so the team's group sees it once. The
 * delivery id lets a fan-out retried after a crash find the claims it made itself.
 */
@Entity({ name: 'team_endpoint_bulletins' })
export class TeamEndpointBulletin {
  @PrimaryColumn({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @PrimaryColumn({ name: 'bulletin_id', type: 'uuid' })
  bulletinId: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: WebhookEndpoint;
}
