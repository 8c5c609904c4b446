import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { WebhookEndpoint, WebhookKind } from './webhook-endpoint.entity';

export interface NewWebhookMessage {
  id: string;
  endpointId: string;
  deliveryId: string;
  eventType: string;
  body: string;
}

export interface ClaimedWebhookMessage {
  id: string;
  endpointId: string;
  body: string;
  attempts: number;
  endpoint: Pick<
    WebhookEndpoint,
    'id' | 'memberId' | 'kind' | 'url' | 'description' | 'secret' | 'previousSecret' | 'previousSecretUntil' | 'disabledAt'
  >;
}

export interface DueWebhookMessage {
  id: string;
  attempts: number;
  nextAttemptAt: Date;
}

/** The worker's side of the webhook log: fan-out, claim under a lease, and every outcome as one guarded UPDATE. */
@Injectable()
export class WebhookMessagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The member's enabled endpoints that receive this ledger channel. */
  activeEndpoints(
    memberId: string,
    channel: 'webhook' | 'robot',
  ): Promise<Array<{ id: string; kind: WebhookKind; subscriptionId: string | null }>> {
    return this.dataSource.query(
      `SELECT id, kind, subscription_id AS "subscriptionId" FROM webhook_endpoints
        WHERE member_id = $1 AND team_id IS NULL AND disabled_at IS NULL AND (kind = 'webhook') = ($2 = 'webhook') ORDER BY id`,
      [memberId, channel],
    );
  }

  /** Enabled endpoints of the teams the member is in, with the subscriptions each team takes ([] = all). */
  teamEndpoints(memberId: string): Promise<Array<{ id: string; kind: WebhookKind; subscriptionIds: string[] }>> {
    return this.dataSource.query(
      `SELECT e.id, e.kind, t.subscription_ids AS "subscriptionIds"
         FROM team_members tm JOIN teams t ON t.id = tm.team_id JOIN webhook_endpoints e ON e.team_id = t.id
        WHERE tm.member_id = $1 AND e.disabled_at IS NULL ORDER BY e.id`,
      [memberId],
    );
  }

  /**
   * Claims bulletins for a team endpoint on behalf of one delivery and returns those this delivery
   * holds: new claims, and its own from an earlier try (a crash between claim and message). A
   * bulletin another member's delivery claimed first is left out: the group saw it already.
   */
  async claimTeamBulletins(endpointId: string, deliveryId: string, bulletinIds: string[]): Promise<Set<string>> {
    if (!bulletinIds.length) return new Set();
    await this.dataSource.query(
      `INSERT INTO team_endpoint_bulletins (endpoint_id, bulletin_id, delivery_id)
       SELECT $1, b, $2 FROM unnest($3::uuid[]) AS b ORDER BY b ON CONFLICT (endpoint_id, bulletin_id) DO NOTHING`,
      [endpointId, deliveryId, bulletinIds],
    );
    const rows: Array<{ bulletin_id: string }> = await this.dataSource.query(
      `SELECT bulletin_id FROM team_endpoint_bulletins WHERE endpoint_id = $1 AND delivery_id = $2 AND bulletin_id = ANY ($3::uuid[])`,
      [endpointId, deliveryId, bulletinIds],
    );
    return new Set(rows.map((r) => r.bulletin_id));
  }

  /**
   * One message per (endpoint, delivery); a second fan-out of the same delivery adds nothing. Returns
   * the messages waiting to go for this delivery (new or left behind by a crash), to enqueue.
   */
  async insertMany(messages: NewWebhookMessage[], deliveryId: string): Promise<DueWebhookMessage[]> {
    if (messages.length) {
      await this.dataSource.query(
        `INSERT INTO webhook_messages (id, endpoint_id, delivery_id, event_type, body)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[]) ORDER BY 2
         ON CONFLICT (endpoint_id, delivery_id) DO NOTHING`,
        [
          messages.map((m) => m.id),
          messages.map((m) => m.endpointId),
          messages.map((m) => m.deliveryId),
          messages.map((m) => m.eventType),
          messages.map((m) => m.body),
        ],
      );
    }
    return this.dataSource.query(
      `SELECT id, attempts, next_attempt_at AS "nextAttemptAt" FROM webhook_messages WHERE delivery_id = $1 AND status = 'pending'`,
      [deliveryId],
    );
  }

  /**
   * Takes a due message under a lease. One whose sender died mid-request (lease over, transmitted)
   * becomes `unknown` instead: the receiver may have it, and robots' groups cannot deduplicate.
   */
  async claim(id: string, leaseMs: number): Promise<ClaimedWebhookMessage | null> {
    await this.dataSource.query(
      `UPDATE webhook_messages SET status = 'unknown', lease_until = NULL, updated_at = now(),
              error = 'sender stopped during the request; not resent (replay it if it did not arrive)'
        WHERE id = $1 AND status = 'sending' AND lease_until < now() AND transmitted_at IS NOT NULL`,
      [id],
    );
    const [rows] = await this.dataSource.query<[Array<Omit<ClaimedWebhookMessage, 'endpoint'>>, number]>(
      `UPDATE webhook_messages SET status = 'sending', attempts = attempts + 1, lease_until = now() + $2::int * interval '1 millisecond', transmitted_at = NULL, updated_at = now()
        WHERE id = $1 AND next_attempt_at <= now() AND (status = 'pending' OR (status = 'sending' AND lease_until < now()))
        RETURNING id, endpoint_id AS "endpointId", body, attempts`,
      [id, leaseMs],
    );
    const m = rows[0];
    if (!m) return null;
    const [endpoint] = await this.dataSource.query<Array<ClaimedWebhookMessage['endpoint']>>(
      `SELECT id, member_id AS "memberId", kind, url, description, secret, previous_secret AS "previousSecret", previous_secret_until AS "previousSecretUntil", disabled_at AS "disabledAt"
         FROM webhook_endpoints WHERE id = $1`,
      [m.endpointId],
    );
    return { ...m, endpoint };
  }

  /** The point of no return: from here a lost sender means `unknown`, not a resend. */
  async markTransmitting(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE webhook_messages SET transmitted_at = now() WHERE id = $1 AND status = 'sending'`, [id]);
  }

  async delivered(id: string, endpointId: string, responseStatus: number, responseBody: string): Promise<void> {
    await this.dataSource.query(
      `WITH m AS (UPDATE webhook_messages SET status = 'delivered', lease_until = NULL, response_status = $2, response_body = $3, error = NULL, delivered_at = now(), updated_at = now()
                   WHERE id = $1 RETURNING endpoint_id)
       UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $4 AND failing_since IS NOT NULL`,
      [id, responseStatus, responseBody, endpointId],
    );
  }

  /** A failed attempt: back in line at `nextAttemptAt`, or failed for good when it is null. */
  async attemptFailed(
    id: string,
    fields: { error: string; responseStatus?: number | null; responseBody?: string | null; nextAttemptAt: Date | null },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_messages SET status = CASE WHEN $5::timestamptz IS NULL THEN 'failed' ELSE 'pending' END, next_attempt_at = COALESCE($5, next_attempt_at),
              lease_until = NULL, transmitted_at = NULL, error = $2, response_status = $3, response_body = $4, updated_at = now()
        WHERE id = $1 AND status = 'sending'`,
      [id, fields.error, fields.responseStatus ?? null, fields.responseBody ?? null, fields.nextAttemptAt],
    );
  }

  async unknown(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_messages SET status = 'unknown', lease_until = NULL, error = $2, updated_at = now() WHERE id = $1 AND status = 'sending'`,
      [id, error],
    );
  }

  /**
   * Counts a failure against the endpoint. One failing without a break for `disableAfterMs` is
   * switched off, its waiting messages failed; returns true only to the caller that switched it off.
   */
  async endpointFailed(endpointId: string, disableAfterMs: number): Promise<boolean> {
    await this.dataSource.query(`UPDATE webhook_endpoints SET failing_since = now() WHERE id = $1 AND failing_since IS NULL`, [endpointId]);
    const [rows] = await this.dataSource.query<[Array<{ id: string }>, number]>(
      `UPDATE webhook_endpoints SET disabled_at = now(), disabled_reason = 'failing for ' || $2::int / 3600000 || ' hours', updated_at = now()
        WHERE id = $1 AND disabled_at IS NULL AND failing_since <= now() - $2::int * interval '1 millisecond' RETURNING id`,
      [endpointId, disableAfterMs],
    );
    if (!rows.length) return false;
    await this.dataSource.query(
      `UPDATE webhook_messages SET status = 'failed', error = 'endpoint disabled after failing', updated_at = now() WHERE endpoint_id = $1 AND status = 'pending'`,
      [endpointId],
    );
    return true;
  }

  /** Messages a lost job or a crash left behind: due pending ones and sending ones past their lease. */
  due(limit: number): Promise<DueWebhookMessage[]> {
    return this.dataSource.query(
      `SELECT id, attempts, next_attempt_at AS "nextAttemptAt" FROM webhook_messages
        WHERE (status = 'pending' AND next_attempt_at <= now() - interval '5 seconds') OR (status = 'sending' AND lease_until < now())
        ORDER BY next_attempt_at LIMIT $1`,
      [limit],
    );
  }

  /** What became of a webhook or robot delivery at each endpoint (admin view). */
  forDelivery(deliveryId: string): Promise<
    Array<{
      id: string;
      endpointId: string;
      kind: WebhookKind;
      url: string;
      status: string;
      attempts: number;
      responseStatus: number | null;
      error: string | null;
      deliveredAt: Date | null;
      createdAt: Date;
    }>
  > {
    return this.dataSource.query(
      `SELECT m.id, m.endpoint_id AS "endpointId", e.kind, e.url, m.status, m.attempts, m.response_status AS "responseStatus", m.error,
              m.delivered_at AS "deliveredAt", m.created_at AS "createdAt"
         FROM webhook_messages m JOIN webhook_endpoints e ON e.id = m.endpoint_id WHERE m.delivery_id = $1 ORDER BY m.created_at, m.id`,
      [deliveryId],
    );
  }

  async ownerEmail(memberId: string): Promise<string | null> {
    const [row] = await this.dataSource.query<Array<{ email: string }>>(`SELECT email FROM members WHERE id = $1`, [memberId]);
    return row?.email ?? null;
  }
}
