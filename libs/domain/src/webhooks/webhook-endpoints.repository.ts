import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { WebhookMessage } from './webhook-message.entity';

export type WebhookMessageLogEntry = Pick<
  WebhookMessage,
  'id' | 'deliveryId' | 'eventType' | 'status' | 'attempts' | 'responseStatus' | 'error' | 'createdAt' | 'deliveredAt' | 'nextAttemptAt'
>;

/**
 * Endpoints by owner: every read and write is scoped to the member, so others' rows are simply
 * absent. Team endpoints (admin-made) are not any member's own and never show here.
 */
@Injectable()
export class WebhookEndpointsRepository {
  private readonly endpoints: Repository<WebhookEndpoint>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.endpoints = dataSource.getRepository(WebhookEndpoint);
  }

  list(memberId: string): Promise<WebhookEndpoint[]> {
    return this.endpoints.find({ where: { memberId, teamId: IsNull() }, order: { createdAt: 'ASC' } });
  }

  find(memberId: string, id: string): Promise<WebhookEndpoint | null> {
    return this.endpoints.findOne({ where: { memberId, id, teamId: IsNull() } });
  }

  create(fields: Partial<WebhookEndpoint>): Promise<WebhookEndpoint> {
    return this.endpoints.save(this.endpoints.create(fields));
  }

  async update(memberId: string, id: string, fields: Partial<WebhookEndpoint>): Promise<boolean> {
    return ((await this.endpoints.update({ memberId, id, teamId: IsNull() }, fields)).affected ?? 0) > 0;
  }

  async delete(memberId: string, id: string): Promise<boolean> {
    return ((await this.endpoints.delete({ memberId, id, teamId: IsNull() })).affected ?? 0) > 0;
  }

  async subscriptionOwned(memberId: string, subscriptionId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM subscriptions WHERE id = $1 AND member_id = $2`, [
      subscriptionId,
      memberId,
    ]);
    return rows.length > 0;
  }

  /** The endpoint's delivery log, newest first. */
  log(endpointId: string, limit: number, before?: Date): Promise<WebhookMessageLogEntry[]> {
    return this.dataSource.query<WebhookMessageLogEntry[]>(
      `SELECT id, delivery_id AS "deliveryId", event_type AS "eventType", status, attempts, response_status AS "responseStatus", error,
              created_at AS "createdAt", delivered_at AS "deliveredAt", next_attempt_at AS "nextAttemptAt"
         FROM webhook_messages WHERE endpoint_id = $1 AND ($3::timestamptz IS NULL OR created_at < $3)
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      [endpointId, limit, before ?? null],
    );
  }

  /** Sends a finished message again, same id and body (receivers deduplicate on the id). */
  async replay(endpointId: string, messageId: string): Promise<{ id: string; attempts: number } | null> {
    const [rows] = await this.dataSource.query<[Array<{ id: string; attempts: number }>, number]>(
      `UPDATE webhook_messages SET status = 'pending', next_attempt_at = now(), lease_until = NULL, transmitted_at = NULL, error = NULL, updated_at = now()
        WHERE id = $1 AND endpoint_id = $2 AND status IN ('delivered', 'failed', 'unknown') RETURNING id, attempts`,
      [messageId, endpointId],
    );
    return rows[0] ?? null;
  }

  async messageExists(endpointId: string, messageId: string): Promise<boolean> {
    return (
      (await this.dataSource.query<unknown[]>(`SELECT 1 FROM webhook_messages WHERE id = $1 AND endpoint_id = $2`, [messageId, endpointId]))
        .length > 0
    );
  }
}
