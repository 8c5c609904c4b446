import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Channel, SubscriptionFrequency } from '../subscriptions/subscription.entity';
import { instantWindow, mostUrgent } from './delivery-periods';

export interface MatchedRecipient {
  memberId: string;
  frequency: SubscriptionFrequency;
  channels: Channel[];
}

export interface DueDelivery {
  id: string;
  dueAt: Date;
  attempts: number;
}

/**
 * The "never twice" ledger. From one bulletin's matches it writes one notification per
 * (member, bulletin, channel) — unique in Postgres, so several subscriptions, duplicate ingests
 * and retried jobs all collapse — and opens the instant delivery window they go out in.
 * Digests pick pending notifications up when they are due (DigestPlanner).
 */
@Injectable()
export class DeliveryLedger {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Runs inside the match transaction; returns instant deliveries to enqueue after commit. */
  async recordMatches(em: EntityManager, bulletinId: string, recipients: MatchedRecipient[]): Promise<DueDelivery[]> {
    const wanted = new Map<string, { memberId: string; channel: Channel; frequencies: SubscriptionFrequency[] }>();
    for (const r of recipients) {
      for (const channel of r.channels) {
        const key = `${r.memberId}|${channel}`;
        const entry = wanted.get(key) ?? { memberId: r.memberId, channel, frequencies: [] };
        entry.frequencies.push(r.frequency);
        wanted.set(key, entry);
      }
    }
    if (!wanted.size) return [];
    const rows = [...wanted.values()].map((w) => ({ member_id: w.memberId, channel: w.channel, frequency: mostUrgent(w.frequencies) }));
    // Only channels the member can receive on now: enabled, not bounced, SMS verified and consented.
    const inserted: Array<{ member_id: string; channel: Channel; frequency: SubscriptionFrequency }> = await em.query(
      `INSERT INTO notifications (member_id, bulletin_id, channel, frequency)
       SELECT r.member_id, $1::uuid, r.channel, r.frequency
         FROM jsonb_to_recordset($2::jsonb) AS r(member_id uuid, channel text, frequency text)
         JOIN members m ON m.id = r.member_id AND m.status = 'active'
        WHERE (r.channel = 'email' AND m.email_enabled AND m.email_bounced_at IS NULL)
           OR (r.channel = 'sms' AND m.sms_enabled AND m.phone_verified_at IS NOT NULL AND m.consent_at IS NOT NULL)
       ON CONFLICT (member_id, bulletin_id, channel) DO NOTHING
       RETURNING member_id, channel, frequency`,
      [bulletinId, JSON.stringify(rows)],
    );
    const due: DueDelivery[] = [];
    for (const n of inserted.filter((i) => i.frequency === 'instant')) {
      due.push(await this.openInstantDelivery(em, n.member_id, n.channel, new Date()));
    }
    return due;
  }

  /**
   * The pending instant delivery of the window `now` falls in. If that window's delivery already
   * went out (a slow transaction straddling the window end), the next window's is used.
   */
  async openInstantDelivery(em: EntityManager, memberId: string, channel: Channel, now: Date): Promise<DueDelivery> {
    const windowSeconds = this.config.delivery.instantWindowSeconds;
    for (let step = 0, lookups = 0; ; lookups++) {
      const { periodKey, dueAt } = instantWindow(new Date(now.getTime() + step * windowSeconds * 1000), windowSeconds);
      const [row]: Array<{ id: string; status: string; due_at: Date; attempts: number }> = await em.query(
        `WITH ins AS (
           INSERT INTO deliveries (member_id, channel, kind, period_key, due_at)
           VALUES ($1, $2, 'instant', $3, $4)
           ON CONFLICT (member_id, channel, kind, period_key) DO NOTHING
           RETURNING id, status, due_at, attempts)
         SELECT * FROM ins
         UNION ALL
         SELECT id, status, due_at, attempts FROM deliveries
          WHERE member_id = $1 AND channel = $2 AND kind = 'instant' AND period_key = $3`,
        [memberId, channel, periodKey, dueAt],
      );
      // A concurrent transaction committed the row while this statement waited on the conflict:
      // neither half of the statement sees it (its snapshot is older). The next statement will.
      if (!row) {
        if (lookups > 10) throw new Error(`instant delivery ${memberId}/${channel}/${periodKey} neither inserted nor found`);
        continue;
      }
      if (row.status === 'pending') return { id: row.id, dueAt: new Date(row.due_at), attempts: row.attempts };
      step++;
    }
  }
}
