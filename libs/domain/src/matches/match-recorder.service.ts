import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MatchHitDetail } from './match.entity';

export interface RecordedMatch {
  subscriptionId: string;
  memberId: string;
  hits: string[];
  /** Where each keyword hit (absent: none recorded). */
  hitDetails?: MatchHitDetail[];
  /** Relevance 0..100 (absent: not scored). */
  score?: number | null;
}

/**
 * Writes one shard's matches for one bulletin version. Idempotent: matches are unique per
 * (subscription, bulletin), and the shard is recorded once; matched_at is set when every shard
 * has reported. `afterMatches` runs in the same transaction (the delivery ledger hooks in there).
 */
@Injectable()
export class MatchRecorder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    bulletin: { id: string; version: number },
    shard: number,
    shards: number,
    matches: RecordedMatch[],
    afterMatches?: (em: EntityManager, inserted: RecordedMatch[]) => Promise<void>,
  ): Promise<{ inserted: number }> {
    return this.dataSource.transaction(async (em) => {
      let inserted: RecordedMatch[] = [];
      if (matches.length) {
        const rows: Array<{ subscription_id: string }> = await em.query(
          `INSERT INTO matches (subscription_id, bulletin_id, member_id, hits, hit_details, score)
           SELECT m.subscription_id, $1::uuid, m.member_id, m.hits, m.hit_details, m.score
             FROM jsonb_to_recordset($2::jsonb) AS m(subscription_id uuid, member_id uuid, hits text[], hit_details jsonb, score smallint)
             JOIN subscriptions s ON s.id = m.subscription_id
           ON CONFLICT (subscription_id, bulletin_id) DO NOTHING
           RETURNING subscription_id`,
          [bulletin.id, JSON.stringify(matches.map((m) => ({ subscription_id: m.subscriptionId, member_id: m.memberId, hits: m.hits, hit_details: m.hitDetails ?? [], score: m.score ?? null })))],
        );
        const fresh = new Set(rows.map((r) => r.subscription_id));
        inserted = matches.filter((m) => fresh.has(m.subscriptionId));
      }
      if (afterMatches) await afterMatches(em, matches);
      await em.query(
        `UPDATE bulletins
            SET matched_shards = ARRAY(SELECT DISTINCT unnest(matched_shards || $3::smallint) ORDER BY 1),
                matched_at = CASE WHEN cardinality(ARRAY(SELECT DISTINCT unnest(matched_shards || $3::smallint))) >= $4
                                  THEN now() ELSE matched_at END
          WHERE id = $1 AND version = $2`,
        [bulletin.id, bulletin.version, shard, shards],
      );
      return { inserted: inserted.length };
    });
  }
}
