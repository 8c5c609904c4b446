import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { queryPrepared } from '@app/database';
import type { MatchedRecipient } from '../deliveries/delivery-ledger.service';
import { bulletinParties } from './bulletin-parties';

/** What the match job has read of the notice: its parties. */
export type NoticeParties = { id: string } & Parameters<typeof bulletinParties>[0];

/**
 * The members a notice reaches because they watch one of its parties. Runs in the match
 * transaction: one watch_notices row per member (the reason) and recipients for the ledger.
 */
@Injectable()
export class WatchRecipients {
  async forBulletin(em: EntityManager, b: NoticeParties): Promise<MatchedRecipient[]> {
    const parties = bulletinParties(b);
    if (!parties.length) return [];
    const watches: Array<{
      id: string;
      member_id: string;
      channels: Array<'email' | 'sms'>;
      frequency: 'instant' | 'daily' | 'weekly';
      role: string;
    }> = await queryPrepared(
      em,
      `SELECT DISTINCT ON (w.member_id, w.id) w.id, w.member_id, w.channels, w.frequency, p.role
         FROM party_watches w
         JOIN jsonb_to_recordset($1::jsonb) AS p(folded text, role text) ON p.folded = w.folded_name AND (w.role = 'any' OR w.role = p.role)
        ORDER BY w.member_id, w.id`,
      [JSON.stringify(parties)],
    );
    if (!watches.length) return [];
    const first = [...new Map(watches.map((w) => [w.member_id, w])).values()];
    await em.query(
      `INSERT INTO watch_notices (member_id, bulletin_id, watch_id, role)
       SELECT r.member_id, $1, r.watch_id, r.role FROM jsonb_to_recordset($2::jsonb) AS r(member_id uuid, watch_id uuid, role text)
       ON CONFLICT (member_id, bulletin_id) DO NOTHING`,
      [b.id, JSON.stringify(first.map((w) => ({ member_id: w.member_id, watch_id: w.id, role: w.role })))],
    );
    return watches.map((w) => ({ memberId: w.member_id, frequency: w.frequency, channels: w.channels }));
  }
}
