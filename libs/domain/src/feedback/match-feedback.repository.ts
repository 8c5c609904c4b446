import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MatchBulletin } from '@app/matcher';
import type { SubscriptionFilter } from '../subscriptions/subscription-input';
import type { WindowMatch } from './suggest-fixes';

export interface FeedbackSubscription extends SubscriptionFilter {
  id: string;
  name: string;
  pausedAt: Date | null;
  updatedAt: Date;
}

export interface FeedbackBulletin extends MatchBulletin {
  id: string;
  title: string;
}

const MATCH_FORM = `b.title_match AS "titleMatch", b.body_match AS "bodyMatch", b.region_code AS "regionCode", b.category, b.budget_yuan::float8 AS "budgetYuan"`;

/** The rows why-matched and the fixes need, member-scoped. */
@Injectable()
export class MatchFeedbackRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async subscription(memberId: string, id: string): Promise<FeedbackSubscription | null> {
    const [row] = await this.dataSource.query<FeedbackSubscription[]>(
      `SELECT id, name, keywords, exclude_words AS "excludeWords", scope, regions, categories, budget_min::float8 AS "budgetMin",
              budget_max::float8 AS "budgetMax", require_budget AS "requireBudget", paused_at AS "pausedAt", updated_at AS "updatedAt"
         FROM subscriptions WHERE id = $1 AND member_id = $2`,
      [id, memberId],
    );
    return row ?? null;
  }

  async bulletin(id: string): Promise<FeedbackBulletin | null> {
    const [row] = await this.dataSource.query<FeedbackBulletin[]>(`SELECT b.id, b.title, ${MATCH_FORM} FROM bulletins b WHERE b.id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  /** The subscription's matches since `since`, newest first, with whether the member marked each. */
  windowMatches(memberId: string, subscriptionId: string, since: Date, limit: number): Promise<WindowMatch[]> {
    return this.dataSource.query(
      `SELECT m.bulletin_id AS "bulletinId", ${MATCH_FORM}, (n.id IS NOT NULL) AS marked
         FROM matches m
         JOIN bulletins b ON b.id = m.bulletin_id
         LEFT JOIN not_relevant_marks n ON n.member_id = m.member_id AND n.subscription_id = m.subscription_id AND n.bulletin_id = m.bulletin_id
        WHERE m.member_id = $1 AND m.subscription_id = $2 AND m.created_at >= $3
        ORDER BY m.created_at DESC
        LIMIT $4`,
      [memberId, subscriptionId, since, limit],
    );
  }
}
