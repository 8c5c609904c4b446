import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { backOff } from 'exponential-backoff';
import { DataSource } from 'typeorm';
import { queryPrepared } from '@app/database';
import type { Delivery, DeliveryKind, DeliveryStatus } from './delivery.entity';
import type { DueDelivery } from './due-delivery';

// Recording a message the provider already accepted rides out a database blip (~13 s of waits in all) rather
// than failing the job: a failed job would leave the delivery to end as `unknown`.
const RECORD_SENT_RETRY = { numOfAttempts: 7, startingDelay: 250, timeMultiple: 2, maxDelay: 5000 };

// Which pending notifications each kind of delivery carries.
const FREQUENCIES: Record<DeliveryKind, string[]> = { instant: ['instant'], daily: ['daily'], weekly: ['weekly'] };
// A notification only worth sending before its tender's bid deadline, once that has passed.
const LATE = `n.only_before_deadline AND coalesce(b.deadline_at <= now(), false)`;
const KIND_FREQUENCIES = Object.entries(FREQUENCIES)
  .map(([kind, fs]) => `WHEN '${kind}' THEN ARRAY[${fs.map((f) => `'${f}'`).join(', ')}]`)
  .join(' ');

// What deliveries carry, settled in one statement. A digest (or a held instant message) can fall
// due after a tender's bid deadline: what was only worth sending before the deadline is held back
// now, with the reason, instead of going out as new; the same update assigns the rest (a). Each
// delivery's pending rows are found by a lateral probe of the pending index, and the rows found
// are then updated by primary key (their ids made an array first), so no plan, however blind to
// the arrays' sizes, hashes every pending notification. That lets it be prepared once: planned per
// call over every partition it cost a third as much again as it ran. A row another sender assigned
// meanwhile fails the status check when it is updated, and stays theirs.
// Rows already carried (the ledger wrote them into an instant window, or a crash came after an
// earlier assignment) are held back the same way when late (late), and read as they were before
// this statement; the rows it assigns come from (a) itself, so none is read twice. Only the sender
// holding the claim assigns to these ids, so the committed rows are all there is.
// Exported for the test of its plan.
export const ASSIGN_PENDING = `WITH d AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS d(id, member_id, channel, kind)),
            t AS MATERIALIZED (SELECT n.id, n.bulletin_month, d.id AS delivery_id, ${LATE} AS late
                    FROM d
                   CROSS JOIN LATERAL (SELECT n.id, n.bulletin_month, n.bulletin_id, n.only_before_deadline FROM notifications n
                                        WHERE n.status = 'pending' AND n.frequency = ANY(CASE d.kind ${KIND_FREQUENCIES} END)
                                          AND n.member_id = d.member_id AND n.channel = d.channel OFFSET 0) n
                   CROSS JOIN LATERAL (SELECT deadline_at FROM bulletins b WHERE b.id = n.bulletin_id LIMIT 1) b),
            a AS (
              UPDATE notifications n
                 SET status = CASE WHEN t.late THEN 'suppressed' ELSE 'assigned' END,
                     held_reason = CASE WHEN t.late THEN 'deadline_passed' ELSE n.held_reason END,
                     delivery_id = CASE WHEN t.late THEN NULL ELSE t.delivery_id END
                FROM t
               WHERE n.id = ANY(ARRAY(SELECT id FROM t)) AND n.id = t.id AND n.bulletin_month = t.bulletin_month AND n.status = 'pending'
              RETURNING n.delivery_id, n.bulletin_id),
            late AS (
              UPDATE notifications n SET status = 'suppressed', held_reason = 'deadline_passed', delivery_id = NULL
                FROM bulletins b
               WHERE n.delivery_id IS NOT NULL AND n.delivery_id = ANY($1::uuid[]) AND n.status = 'assigned'
                 AND b.id = n.bulletin_id AND ${LATE}
              RETURNING n.id, n.bulletin_month)
       SELECT delivery_id, bulletin_id FROM a WHERE delivery_id IS NOT NULL
       UNION ALL
       SELECT n.delivery_id, n.bulletin_id FROM notifications n
        WHERE n.delivery_id IS NOT NULL AND n.delivery_id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM late WHERE late.id = n.id AND late.bulletin_month = n.bulletin_month)`;

/** State changes of deliveries; every transition is one guarded UPDATE, so racing workers agree. */
@Injectable()
export class DeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes a due delivery for sending under a lease: pending or held ones, or one whose sender died
   * (sending with the lease run out). Null when another worker has it or it is done.
   */
  async claim(id: string, leaseMs: number): Promise<Delivery | null> {
    return (await this.claimMany([id], leaseMs))[0] ?? null;
  }

  /** `claim` for many deliveries in one statement; those another worker has or that are done are left out. */
  async claimMany(ids: string[], leaseMs: number): Promise<Delivery[]> {
    // lost: a sender died while handing the message to SMTP, so it may have arrived. Never twice —
    // it is `unknown`, and the member's next message says so; the claim below leaves such rows
    // alone (transmitted_at is set), so the two parts never touch one row.
    // Trying an open instant delivery closes its window: the deliveries trigger deletes its
    // open_instant_windows row, which a match job joining the window holds until it commits. Those
    // rows are locked first, in (member, channel) order — the order match jobs take them — and the
    // deliveries after them in the same order, so a claim and a match job wait for each other at
    // most, and never deadlock. (The sub-select runs once, before the first delivery is read.)
    return this.sql<Delivery>(
      `WITH lost AS (
         UPDATE deliveries SET status = 'unknown', lease_until = NULL, updated_at = now(),
                error = 'sender stopped during SMTP transmission; not resent'
          WHERE id = ANY($1::uuid[]) AND status = 'sending' AND lease_until < now() AND transmitted_at IS NOT NULL),
       windows AS (SELECT delivery_id FROM open_instant_windows WHERE delivery_id = ANY($1::uuid[]) ORDER BY member_id, channel FOR UPDATE)
       UPDATE deliveries d SET status = 'sending', attempts = d.attempts + 1, lease_until = now() + $2::int * interval '1 millisecond', transmitted_at = NULL, updated_at = now()
         FROM (SELECT id FROM deliveries
                WHERE id = ANY($1::uuid[]) AND due_at <= now() AND (SELECT count(*) FROM windows) >= 0
                  AND (status IN ('pending', 'held') OR (status = 'sending' AND lease_until < now() AND transmitted_at IS NULL))
                ORDER BY member_id, channel
                  FOR UPDATE) AS due
        WHERE d.id = due.id AND d.due_at <= now()
          AND (d.status IN ('pending', 'held') OR (d.status = 'sending' AND d.lease_until < now() AND d.transmitted_at IS NULL))
        RETURNING d.id, d.member_id AS "memberId", d.channel, d.kind, d.period_key AS "periodKey", d.status, d.attempts, d.due_at AS "dueAt"`,
      [ids, leaseMs],
    );
  }

  /**
   * The bulletins this delivery carries: those already assigned to it (a retry after a crash) plus
   * every pending notification of the member on this channel for its kind, now assigned to it.
   */
  async assignNotifications(d: Pick<Delivery, 'id' | 'memberId' | 'channel' | 'kind'>): Promise<string[]> {
    return (await this.assignMany([d])).get(d.id) ?? [];
  }

  /** `assignNotifications` for many deliveries in one statement: delivery id → bulletin ids. */
  async assignMany(ds: Array<Pick<Delivery, 'id' | 'memberId' | 'channel' | 'kind'>>): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(ds.map((d) => [d.id, []]));
    if (!ds.length) return out;
    const rows = await this.sql<{ delivery_id: string; bulletin_id: string }>(ASSIGN_PENDING, [
      ds.map((d) => d.id),
      ds.map((d) => d.memberId),
      ds.map((d) => d.channel),
      ds.map((d) => d.kind),
    ]);
    for (const r of rows) out.get(r.delivery_id)?.push(r.bulletin_id);
    return out;
  }

  /** Claimed deliveries with nothing left to carry (an earlier one took it all) close at once. */
  async finishEmpty(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.sql(
      `UPDATE deliveries SET status = 'sent', error = 'nothing to send', lease_until = NULL, sent_at = now(), updated_at = now() WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async finish(
    id: string,
    status: Extract<DeliveryStatus, 'sent' | 'bounced' | 'unknown' | 'failed'>,
    fields: { providerMessageId?: string | null; subject?: string | null; error?: string | null } = {},
  ): Promise<void> {
    await this.sql(
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
    await this.recordSentMany([{ id, ...fields }]);
  }

  /** `recordSent` for several accepted messages in one statement. */
  async recordSentMany(sent: Array<{ id: string; providerMessageId?: string | null; subject?: string | null }>): Promise<void> {
    if (!sent.length) return;
    await backOff(
      () =>
        this.sql(
          `UPDATE deliveries d SET status = 'sent', provider_message_id = COALESCE(x.provider_message_id, d.provider_message_id), subject = COALESCE(x.subject, d.subject),
                  error = NULL, lease_until = NULL, sent_at = now(), updated_at = now()
             FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(id, provider_message_id, subject)
            WHERE d.id = x.id`,
          [sent.map((x) => x.id), sent.map((x) => x.providerMessageId ?? null), sent.map((x) => x.subject ?? null)],
        ),
      RECORD_SENT_RETRY,
    );
  }

  /** Marks the point of no return: from here a lost sender means `unknown`, not a resend. */
  async markTransmitting(id: string): Promise<void> {
    await this.markTransmittingMany([id]);
  }

  /** markTransmitting for messages about to go out together: one statement. */
  async markTransmittingMany(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.sql(`UPDATE deliveries SET transmitted_at = now() WHERE id = ANY($1::uuid[]) AND status = 'sending'`, [ids]);
  }

  /** Back to pending after a retryable failure (BullMQ retries the job with backoff). */
  async release(id: string, error: string): Promise<void> {
    await this.sql(
      `UPDATE deliveries SET status = 'pending', lease_until = NULL, transmitted_at = NULL, error = $2, updated_at = now() WHERE id = $1 AND status = 'sending'`,
      [id, error],
    );
  }

  /** Marks a delivery failed after its job's last attempt, unless it reached a final state. */
  async claimForFailure(id: string): Promise<boolean> {
    const rows = await this.sql<{ id: string }>(
      `UPDATE deliveries SET status = 'failed', lease_until = NULL, updated_at = now()
        WHERE id = $1 AND status IN ('pending', 'sending') RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  /**
   * After a batch job's last attempt: its deliveries given back for a retry that never came are
   * failed. One still `sending` is another sender's, or ends through its lease; one never tried is
   * an open window that other jobs may still join.
   */
  async failPending(ids: string[]): Promise<string[]> {
    const rows = await this.sql<{ id: string }>(
      `UPDATE deliveries SET status = 'failed', lease_until = NULL, updated_at = now() WHERE id = ANY($1::uuid[]) AND status = 'pending' AND attempts > 0 RETURNING id`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Held (SMS quiet hours, daily cap) until `until`. */
  async hold(id: string, until: Date, reason: string): Promise<DueDelivery> {
    const [row] = await this.sql<DueDelivery>(
      `UPDATE deliveries SET status = 'held', due_at = $2, lease_until = NULL, error = $3, updated_at = now() WHERE id = $1
       RETURNING id, due_at AS "dueAt", attempts`,
      [id, until, reason],
    );
    return row;
  }

  /**
   * Admin retry: a failed, bounced or unknown delivery goes out again now. It counts as tried, so
   * it never competes with the member's open instant window (the unique index is on untried ones).
   */
  async reopen(id: string): Promise<DueDelivery | null> {
    const rows = await this.sql<DueDelivery>(
      `UPDATE deliveries SET status = 'pending', due_at = now(), error = NULL, attempts = GREATEST(attempts, 1), updated_at = now()
        WHERE id = $1 AND status IN ('failed', 'bounced', 'unknown') RETURNING id, due_at AS "dueAt", attempts`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** What a crash may have left: due pending/held deliveries and sending ones past their lease. */
  due(limit: number): Promise<DueDelivery[]> {
    return this.sql(
      `SELECT id, due_at AS "dueAt", attempts FROM deliveries
        WHERE (status IN ('pending', 'held') AND due_at <= now() - interval '5 seconds')
           OR (status = 'sending' AND lease_until < now())
        ORDER BY due_at LIMIT $1`,
      [limit],
    );
  }

  // Every statement here runs per delivery, prepared (see queryPrepared); RETURNING gives rows.
  private sql<T = unknown>(text: string, params: unknown[]): Promise<T[]> {
    return queryPrepared<T>(this.dataSource, text, params);
  }

  /** SMS messages sent to a member since `since` (daily cap). */
  async smsSentSince(memberId: string, since: Date): Promise<number> {
    const [row] = await this.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM deliveries WHERE member_id = $1 AND channel = 'sms' AND status = 'sent' AND sent_at >= $2`,
      [memberId, since],
    );
    return row.n;
  }
}
