import { Injectable } from '@nestjs/common';
import { queryPrepared } from '@app/database';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type MatchHitDetail, storedHit } from './match.entity';

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
 * (subscription, bulletin), and the shard is recorded once; the match state says matched when
 * every shard has reported. `afterMatches` runs in the same transaction (the delivery ledger
 * hooks in there). A fixed number of statements, whatever the number of matches; rows go in
 * sorted by key, so concurrent jobs lock them in one order and cannot deadlock.
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
    const sorted = [...matches].sort((a, b) => (a.subscriptionId < b.subscriptionId ? -1 : a.subscriptionId > b.subscriptionId ? 1 : 0));
    return this.dataSource.transaction(async (em) => {
      let inserted: RecordedMatch[] = [];
      if (sorted.length) {
        // A subscription deleted since the index was built is skipped, not an error. The LIMIT keeps
        // the check a primary-key lookup per row whatever the planner thinks of the batch's size.
        // The key-share lock on the subscription stands for a foreign key to it and to its member:
        // deleting the subscription, or its member (subscriptions go first), waits for this
        // transaction and then deletes what it wrote (see SubscriptionsRepository, MembersRepository).
        const rows: Array<{ subscription_id: string }> = await queryPrepared(
          em,
          // The bulletin's month is the partition and part of the unique key; it is read from the
          // bulletin, whose key-share lock keeps it from moving or going until this transaction
          // ends (a trigger checks the statement's rows), so a retry lands on the same row. A bulletin
          // of a month whose history retention has dropped (an old notice updated) records nothing;
          // a missing current or future month still fails loudly.
          `INSERT INTO matches (subscription_id, bulletin_id, bulletin_month, member_id, hits, hit_details, score)
           SELECT m.subscription_id, b.id, b.ledger_month, m.member_id, m.hits, m.hit_details, m.score
             FROM (SELECT id, ledger_month FROM bulletins WHERE id = $1::uuid
                      AND (ledger_month >= date_trunc('month', timezone('UTC', now())) OR to_regclass('matches_' || to_char(ledger_month, 'YYYY_MM')) IS NOT NULL)
                      FOR KEY SHARE) AS b
            CROSS JOIN jsonb_to_recordset($2::jsonb) AS m(subscription_id uuid, member_id uuid, hits text[], hit_details jsonb, score smallint)
            CROSS JOIN LATERAL (SELECT 1 FROM subscriptions s WHERE s.id = m.subscription_id LIMIT 1 FOR KEY SHARE) AS live
            ORDER BY m.subscription_id
           ON CONFLICT (subscription_id, bulletin_id, bulletin_month) DO NOTHING
           RETURNING subscription_id`,
          [
            bulletin.id,
            JSON.stringify(
              sorted.map((m) => ({
                subscription_id: m.subscriptionId,
                member_id: m.memberId,
                hits: m.hits,
                hit_details: (m.hitDetails ?? []).map(storedHit),
                score: m.score ?? null,
              })),
            ),
          ],
        );
        const fresh = new Set(rows.map((r) => r.subscription_id));
        inserted = sorted.filter((m) => fresh.has(m.subscriptionId));
      }
      if (afterMatches) await afterMatches(em, sorted);
      await this.markShardMatched(em, bulletin, shard, shards);
      return { inserted: inserted.length };
    });
  }

  /**
   * Adds the shard to the version's match state (its own narrow row, so the bulletin row is never
   * rewritten); matched_at is set when every shard is in. A state for an older version is left
   * alone: the newer version's jobs will report.
   */
  private async markShardMatched(
    em: EntityManager,
    bulletin: { id: string; version: number },
    shard: number,
    shards: number,
  ): Promise<void> {
    await queryPrepared(
      em,
      `INSERT INTO bulletin_match_state AS s (bulletin_id, version, matched_shards, matched_at)
       VALUES ($1, $2, ARRAY[$3::smallint], CASE WHEN $4::int <= 1 THEN now() END)
       ON CONFLICT (bulletin_id) DO UPDATE
          SET matched_shards = ARRAY(SELECT DISTINCT unnest(s.matched_shards || $3::smallint) ORDER BY 1),
              matched_at = CASE WHEN cardinality(ARRAY(SELECT DISTINCT unnest(s.matched_shards || $3::smallint))) >= $4::int
                                THEN COALESCE(s.matched_at, now()) ELSE s.matched_at END
        WHERE s.version = EXCLUDED.version`,
      [bulletin.id, bulletin.version, shard, shards],
    );
  }
}
