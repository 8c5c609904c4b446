import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { backOff } from 'exponential-backoff';
import { DataSource } from 'typeorm';
import type { Delivery, DeliveryKind, DeliveryStatus } from './delivery.entity';
import type { DueDelivery } from './delivery-ledger.service';

// Recording a message the provider already accepted rides out a database blip (~13 s of waits in all) rather
// than failing the job: a failed job would leave the delivery to end as `unknown`.
const RECORD_SENT_RETRY = { numOfAttempts: 7, startingDelay: 250, timeMultiple: 2, maxDelay: 5000 };

// Which pending notifications each kind of delivery carries.
const FREQUENCIES: Record<DeliveryKind, string[]> = { instant: ['instant'], daily: ['daily'], weekly: ['weekly'] };

/** State changes of deliveries; every transition is one guarded UPDATE, so racing workers agree. */
@Injectable()
export class DeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes a due delivery for sending under a lease: pending or held ones, or one whose sender died
   * (sending with the lease run out). Null when another worker has it or it is done.
   */
  async claim(id: string, leaseMs: number): Promise<Delivery | null> {
    // A sender died while handing the message to SMTP: it may have arrived. Never twice — it is
    // `unknown`, and the member's next message says so.
    await this.dataSource.query(
      `UPDATE deliveries SET status = 'unknown', lease_until = NULL, updated_at = now(),
              error = 'sender stopped during SMTP transmission; not resent'
        WHERE id = $1 AND status = 'sending' AND lease_until < now() AND transmitted_at IS NOT NULL`,
      [id],
    );
    const rows = await this.updateReturning<Delivery>(
      `UPDATE deliveries SET status = 'sending', attempts = attempts + 1, lease_until = now() + $2::int * interval '1 millisecond', transmitted_at = NULL, updated_at = now()
        WHERE id = $1 AND due_at <= now()
          AND (status IN ('pending', 'held') OR (status = 'sending' AND lease_until < now()))
        RETURNING id, member_id AS "memberId", channel, kind, period_key AS "periodKey", status, attempts, due_at AS "dueAt"`,
      [id, leaseMs],
    );
    return rows[0] ?? null;
  }

  /**
   * The bulletins this delivery carries: those already assigned to it (a retry after a crash) plus
   * every pending notification of the member on this channel for its kind, now assigned to it.
   */
  async assignNotifications(d: Pick<Delivery, 'id' | 'memberId' | 'channel' | 'kind'>): Promise<string[]> {
    const rows: Array<{ bulletin_id: string }> = await this.dataSource.query(
      `WITH taken AS (
         UPDATE notifications SET status = 'assigned', delivery_id = $1
          WHERE status = 'pending' AND member_id = $2 AND channel = $3 AND frequency = ANY($4)
          RETURNING bulletin_id)
       SELECT bulletin_id FROM taken
       UNION
       SELECT bulletin_id FROM notifications WHERE delivery_id = $1`,
      [d.id, d.memberId, d.channel, FREQUENCIES[d.kind]],
    );
    return rows.map((r) => r.bulletin_id);
  }

  async finish(id: string, status: Extract<DeliveryStatus, 'sent' | 'bounced' | 'unknown' | 'failed'>, fields: { providerMessageId?: string | null; subject?: string | null; error?: string | null } = {}): Promise<void> {
    await this.dataSource.query(
      `UPDATE deliveries SET status = $2::varchar, provider_message_id = COALESCE($3, provider_message_id), subject = COALESCE($4, subject),
              error = $5, lease_until = NULL, sent_at = CASE WHEN $2::varchar = 'sent' THEN now() ELSE sent_at END, updated_at = now()
        WHERE id = $1`,
      [id, status, fields.providerMessageId ?? null, fields.subject ?? null, fields.error ?? null],
    );
  }

  /**
   * Records that the provider accepted the message. Never followed by `release` (that would send it
   * again): if the database stays away, the row keeps `transmitted_at` and its lease's end makes it
   * `unknown`.
   */
  async recordSent(id: string, fields: { providerMessageId?: string | null; subject?: string | null }): Promise<void> {
    await backOff(() => this.finish(id, 'sent', fields), RECORD_SENT_RETRY);
  }

  /** Marks the point of no return: from here a lost sender means `unknown`, not a resend. */
  async markTransmitting(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE deliveries SET transmitted_at = now() WHERE id = $1 AND status = 'sending'`, [id]);
  }

  /** Back to pending after a retryable failure (BullMQ retries the job with backoff). */
  async release(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE deliveries SET status = 'pending', lease_until = NULL, transmitted_at = NULL, error = $2, updated_at = now() WHERE id = $1 AND status = 'sending'`,
      [id, error],
    );
  }

  /** Marks a delivery failed after its job's last attempt, unless it reached a final state. */
  async claimForFailure(id: string): Promise<boolean> {
    const rows = await this.updateReturning<{ id: string }>(
      `UPDATE deliveries SET status = 'failed', lease_until = NULL, updated_at = now()
        WHERE id = $1 AND status IN ('pending', 'sending') RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  /** Held (SMS quiet hours, daily cap) until `until`. */
  async hold(id: string, until: Date, reason: string): Promise<DueDelivery> {
    const [row] = await this.updateReturning<DueDelivery>(
      `UPDATE deliveries SET status = 'held', due_at = $2, lease_until = NULL, error = $3, updated_at = now() WHERE id = $1
       RETURNING id, due_at AS "dueAt", attempts`,
      [id, until, reason],
    );
    return row;
  }

  /** Admin retry: a failed, bounced or unknown delivery goes out again now. */
  async reopen(id: string): Promise<DueDelivery | null> {
    const rows = await this.updateReturning<DueDelivery>(
      `UPDATE deliveries SET status = 'pending', due_at = now(), error = NULL, updated_at = now()
        WHERE id = $1 AND status IN ('failed', 'bounced', 'unknown') RETURNING id, due_at AS "dueAt", attempts`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** What a crash may have left: due pending/held deliveries and sending ones past their lease. */
  due(limit: number): Promise<DueDelivery[]> {
    return this.dataSource.query(
      `SELECT id, due_at AS "dueAt", attempts FROM deliveries
        WHERE (status IN ('pending', 'held') AND due_at <= now() - interval '5 seconds')
           OR (status = 'sending' AND lease_until < now())
        ORDER BY due_at LIMIT $1`,
      [limit],
    );
  }

  // TypeORM answers an UPDATE … RETURNING with [rows, affected].
  private async updateReturning<T>(sql: string, params: unknown[]): Promise<T[]> {
    const [rows] = await this.dataSource.query<[T[], number]>(sql, params);
    return rows;
  }

  /** SMS messages sent to a member since `since` (daily cap). */
  async smsSentSince(memberId: string, since: Date): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM deliveries WHERE member_id = $1 AND channel = 'sms' AND status = 'sent' AND sent_at >= $2`,
      [memberId, since],
    );
    return row.n;
  }
}
