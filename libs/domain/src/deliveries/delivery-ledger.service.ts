import { Inject, Injectable } from '@nestjs/common';
import { queryPrepared } from '@app/database';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Channel, SubscriptionFrequency } from '../subscriptions/subscription.entity';
import { instantWindow, mostUrgent } from './delivery-periods';
import type { DueDelivery } from './due-delivery';

export interface MatchedRecipient {
  memberId: string;
  frequency: SubscriptionFrequency;
  channels: Channel[];
  /**
   * This reason to tell the member ends with the bid deadline (a keyword subscription without
   * includeExpired). Follows and watches leave it unset: they ask for every notice.
   */
  onlyBeforeDeadline?: boolean;
}

/**
 * The two CTEs that open or join an instant window for each (member, channel) `pairs` yields: `w`
 * takes the open_instant_windows row — inserted, or locked by a no-op update when it exists (xmax
 * is 0 on a row this statement inserted) — and `d` makes the delivery of each window it opened.
 * The row is held until the caller commits: a sender trying that delivery must give the row up
 * (the deliveries trigger deletes it), so it waits and then sees what this transaction wrote; a
 * delivery a sender took first has no row any more, and a new one is made instead.
 */
const windowCtes = (pairs: string, p: { periodKey: string; periodMonth: string; dueAt: string }) => `
       w AS (
         INSERT INTO open_instant_windows AS w (member_id, channel, delivery_id, period_month, due_at)
         SELECT member_id, channel, time_ordered_uuid(), ${p.periodMonth}::date, ${p.dueAt} FROM ${pairs} ORDER BY 1, 2
         ON CONFLICT (member_id, channel) DO UPDATE SET due_at = w.due_at
         RETURNING w.member_id, w.channel, w.delivery_id, w.period_month, w.due_at, (w.xmax = 0) AS opened),
       d AS (
         INSERT INTO deliveries (id, member_id, channel, kind, period_key, period_month, due_at)
         SELECT delivery_id, member_id, channel, 'instant', ${p.periodKey}, period_month, due_at FROM w WHERE opened ORDER BY member_id, channel)`;

// done: the rows of this bulletin already written (a retried job, a duplicate), read once through
// the unique key's leading column. As a probe per row joined on the bulletin's columns, a generic
// plan made while the month's partition was small hashed the whole partition on every call.
// r: the rows to write. Only channels the member can receive on now: enabled, not bounced, SMS
// verified and consented, WeChat bound, an active endpoint for webhooks and robots, a team with
// an active endpoint. The LIMIT keeps the member check a primary-key lookup per row: as a plain
// join, a planner that misjudges the array's size can pick a nested loop over a scan of members
// (quadratic). The bulletin's month is the partition and part of the unique key (see
// MatchRecorder: a month retention has dropped records nothing). The key-share lock on each
// member stands for a foreign key: a member's deletion waits for this transaction, then deletes
// its rows; the one on the bulletin does so for all the rows at once (a trigger checks their
// month). A row already written is left out here, so it opens no window; the unique key still
// settles a race with a job writing it right now.
// A tender already past its bid deadline is written as held back (never sent as new) when every
// reason the member has for it ends with the deadline.
// w: each instant row not held back joins its member's open window with a share lock, or opens
// one (join_or_open_window), row by row in (member, channel) order, so match jobs joining one
// window do not wait for each other and every wait any of them makes is in the order a sender's
// claims use. Only those rows reach the function: filtered after the call, a digest or held-back
// row opened a window whose delivery was never written, and the member's later alerts joined it
// and were never sent. d: the deliveries of the windows opened, in one insert. The instant rows
// are written already carried by their delivery ('assigned'): a sender trying it waits for this
// transaction on the window row, then reads them with it. Written once so, they are never updated
// from pending, which rewrote each row and all of its index entries.
export const RECORD_MATCHES = `WITH done AS MATERIALIZED (
    SELECT n.member_id, n.channel FROM notifications n
     WHERE n.bulletin_id = $1::uuid AND n.bulletin_month = (SELECT ledger_month FROM bulletins WHERE id = $1::uuid)),
  r AS (
    SELECT r.member_id, r.channel, r.frequency, r.only_before, b.id AS bulletin_id, b.ledger_month, (r.only_before AND b.expired) AS late
      FROM (SELECT id, ledger_month, coalesce(deadline_at <= now(), false) AS expired FROM bulletins WHERE id = $1::uuid
          AND (ledger_month >= date_trunc('month', timezone('UTC', now())) OR to_regclass('notifications_' || to_char(ledger_month, 'YYYY_MM')) IS NOT NULL)
          FOR KEY SHARE) AS b
     CROSS JOIN unnest($2::uuid[], $3::text[], $4::text[], $5::boolean[]) AS r(member_id, channel, frequency, only_before)
     CROSS JOIN LATERAL (SELECT 1 FROM members m
                     WHERE m.id = r.member_id AND m.status = 'active'
                       AND ((r.channel = 'email' AND m.email_enabled AND m.email_bounced_at IS NULL)
                         OR (r.channel = 'sms' AND m.sms_enabled AND m.phone_verified_at IS NOT NULL AND m.consent_at IS NOT NULL)
                         OR (r.channel = 'wechat' AND EXISTS (SELECT 1 FROM wechat_bindings w WHERE w.member_id = m.id))
                         OR (r.channel IN ('webhook', 'robot') AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.member_id = m.id AND e.team_id IS NULL
                               AND e.disabled_at IS NULL AND (e.kind = 'webhook') = (r.channel = 'webhook')))
                         OR (r.channel = 'team' AND EXISTS (SELECT 1 FROM team_members t JOIN webhook_endpoints e ON e.team_id = t.team_id
                               WHERE t.member_id = m.id AND e.disabled_at IS NULL)))
                     LIMIT 1 FOR KEY SHARE OF m) AS receivable
     WHERE NOT EXISTS (SELECT 1 FROM done WHERE done.member_id = r.member_id AND done.channel = r.channel)),
  w AS MATERIALIZED (
    SELECT r.member_id, r.channel, j.window_id, j.window_due, j.opened
      FROM (SELECT member_id, channel FROM r WHERE frequency = 'instant' AND NOT late ORDER BY member_id, channel) r
     CROSS JOIN LATERAL join_or_open_window(r.member_id, r.channel, $7::date, $8::timestamptz) j),
  jw AS (
    SELECT r.*, w.window_id, w.window_due, coalesce(w.opened, false) AS opened
      FROM r LEFT JOIN w ON w.member_id = r.member_id AND w.channel = r.channel),
  d AS (
    INSERT INTO deliveries (id, member_id, channel, kind, period_key, period_month, due_at)
    SELECT window_id, member_id, channel, 'instant', $6, $7::date, window_due FROM jw WHERE opened ORDER BY member_id, channel),
  n AS (
    INSERT INTO notifications (member_id, bulletin_id, bulletin_month, channel, frequency, only_before_deadline, status, held_reason, delivery_id)
    SELECT member_id, bulletin_id, ledger_month, channel, frequency, only_before,
      CASE WHEN late THEN 'suppressed' WHEN window_id IS NOT NULL THEN 'assigned' ELSE 'pending' END,
      CASE WHEN late THEN 'deadline_passed' END, window_id
      FROM jw
     ORDER BY member_id, channel
    ON CONFLICT (bulletin_id, member_id, channel, bulletin_month) DO NOTHING)
  SELECT window_id AS id, window_due AS due_at FROM jw WHERE opened`;

const byMemberThenChannel = (a: { memberId: string; channel: string }, b: { memberId: string; channel: string }) =>
  a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0;

/**
 * The "never twice" ledger. From one bulletin's matches it writes one notification per
 * (member, bulletin, channel) — unique in Postgres, so several subscriptions, duplicate ingests
 * and retried jobs all collapse — and opens or joins the member's instant delivery window.
 * One statement whatever the number of members, rows sorted by (member, channel) so that
 * concurrent match jobs take their locks in one order. Digests pick pending notifications up
 * when they are due (DigestPlanner).
 */
@Injectable()
export class DeliveryLedger {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Runs inside the match transaction; returns the instant deliveries it opened, to enqueue after
   * commit. One it joined already has its job (or the sweeper finds it once due).
   */
  async recordMatches(em: EntityManager, bulletinId: string, recipients: MatchedRecipient[]): Promise<DueDelivery[]> {
    const wanted = new Map<string, { memberId: string; channel: Channel; frequencies: SubscriptionFrequency[]; onlyBefore: boolean }>();
    for (const r of recipients) {
      for (const channel of r.channels) {
        const key = `${r.memberId}|${channel}`;
        const entry = wanted.get(key) ?? { memberId: r.memberId, channel, frequencies: [], onlyBefore: true };
        entry.frequencies.push(r.frequency);
        // One reason that does not end with the deadline (a follow, includeExpired) is enough to send.
        entry.onlyBefore &&= r.onlyBeforeDeadline === true;
        wanted.set(key, entry);
      }
    }
    if (!wanted.size) return [];
    const rows = [...wanted.values()].sort(byMemberThenChannel);
    const { periodKey, periodMonth, dueAt } = instantWindow(new Date(), this.config.delivery.instantWindowSeconds);
    const opened: Array<{ id: string; due_at: Date }> = await queryPrepared(em, RECORD_MATCHES, [
      bulletinId,
      rows.map((r) => r.memberId),
      rows.map((r) => r.channel),
      rows.map((r) => mostUrgent(r.frequencies)),
      rows.map((r) => r.onlyBefore),
      periodKey,
      periodMonth,
      dueAt,
    ]);
    return opened.map((r) => ({ id: r.id, dueAt: new Date(r.due_at), attempts: 0 }));
  }

  /**
   * The open instant delivery of each (member, channel): the one not yet tried, or a new one due at
   * the end of the window `now` falls in. One statement (windowCtes); the stranded-work sweep
   * opens windows for pending rows with it.
   */
  async openInstantDeliveries(
    em: EntityManager,
    pairs: Array<{ memberId: string; channel: Channel }>,
    now: Date,
  ): Promise<Array<DueDelivery & { opened: boolean }>> {
    if (!pairs.length) return [];
    const unique = [...new Map(pairs.map((p) => [`${p.memberId}|${p.channel}`, p])).values()].sort(byMemberThenChannel);
    const { periodKey, periodMonth, dueAt } = instantWindow(now, this.config.delivery.instantWindowSeconds);
    const rows: Array<{ id: string; due_at: Date; opened: boolean }> = await queryPrepared(
      em,
      `WITH ${windowCtes('unnest($1::uuid[], $2::text[]) AS r(member_id, channel)', { periodKey: '$3', periodMonth: '$4', dueAt: '$5' })}
       SELECT delivery_id AS id, due_at, opened FROM w`,
      [unique.map((p) => p.memberId), unique.map((p) => p.channel), periodKey, periodMonth, dueAt],
    );
    return rows.map((r) => ({ id: r.id, dueAt: new Date(r.due_at), attempts: 0, opened: r.opened }));
  }
}
