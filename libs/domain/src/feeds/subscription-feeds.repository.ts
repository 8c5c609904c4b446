import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface FeedEntryRow {
  id: string;
  title: string;
  url: string | null;
  category: string;
  region_code: string | null;
  budget_yuan: string | null;
  published_at: Date | null;
  deadline_at: Date | null;
  buyer: string | null;
  matched_at: Date;
  hits: string[];
}

/** Feed tokens (hashed) and what a feed lists. */
@Injectable()
export class SubscriptionFeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Replaces the subscription's token: the old one stops working in the same statement. */
  async setToken(memberId: string, subscriptionId: string, tokenHash: string): Promise<boolean> {
    const rows = await this.dataSource.query<Array<{ subscription_id: string }>>(
      `INSERT INTO subscription_feeds (subscription_id, token_hash)
       SELECT id, $3 FROM subscriptions WHERE id = $1 AND member_id = $2
       ON CONFLICT (subscription_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
       RETURNING subscription_id`,
      [subscriptionId, memberId, tokenHash],
    );
    return rows.length > 0;
  }

  async revoke(memberId: string, subscriptionId: string): Promise<boolean> {
    const [rows] = await this.dataSource.query<[Array<{ subscription_id: string }>, number]>(
      `DELETE FROM subscription_feeds f USING subscriptions s WHERE f.subscription_id = s.id AND s.id = $1 AND s.member_id = $2 RETURNING f.subscription_id`,
      [subscriptionId, memberId],
    );
    return rows.length > 0;
  }

  async subscriptionOwned(memberId: string, subscriptionId: string): Promise<boolean> {
    return (
      (await this.dataSource.query<unknown[]>(`SELECT 1 FROM subscriptions WHERE id = $1 AND member_id = $2`, [subscriptionId, memberId]))
        .length > 0
    );
  }

  async byTokenHash(tokenHash: string): Promise<{ id: string; name: string; updated_at: Date } | null> {
    const [row] = await this.dataSource.query<Array<{ id: string; name: string; updated_at: Date }>>(
      `SELECT s.id, s.name, s.updated_at FROM subscription_feeds f JOIN subscriptions s ON s.id = f.subscription_id WHERE f.token_hash = $1`,
      [tokenHash],
    );
    return row ?? null;
  }

  /**
   * The subscription's latest matches, newest first (withdrawn bulletins left out). Matches are
   * indexed by member, not by subscription: the member's few subscriptions share that index.
   */
  entries(subscriptionId: string, limit: number): Promise<FeedEntryRow[]> {
    return this.dataSource.query<FeedEntryRow[]>(
      `SELECT b.id, b.title, b.url, b.category, b.region_code, b.budget_yuan::text, b.published_at, b.deadline_at, b.buyer, m.created_at AS matched_at, m.hits
         FROM matches m JOIN bulletins b ON b.id = m.bulletin_id
        WHERE m.member_id = (SELECT member_id FROM subscriptions WHERE id = $1) AND m.subscription_id = $1 AND b.withdrawn_at IS NULL
        ORDER BY COALESCE(b.published_at, m.created_at) DESC, b.id DESC LIMIT $2`,
      [subscriptionId, limit],
    );
  }
}
