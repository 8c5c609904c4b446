import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MatchHitDetail } from '../matches/match.entity';
import type { InboxPosition } from './inbox-cursor';

export interface BulletinSummary {
  id: string;
  title: string;
  url: string | null;
  category: string;
  /** A BULLETIN_STAGES code, or null when the notice does not say. */
  stage: string | null;
  regionCode: string | null;
  publishedAt: Date | null;
  budgetYuan: number | null;
  buyer: string | null;
  agency: string | null;
  /** Winners as written; empty when none is named. */
  winners: string[];
  awardYuan: number | null;
  projectCode: string | null;
  /** The project this notice belongs to (GET /v1/projects/:id). */
  projectId: string | null;
  deadlineAt: Date | null;
  withdrawnAt: Date | null;
}

export interface InboxMatchRow {
  id: string;
  subscriptionId: string;
  subscriptionName: string;
  hits: string[];
  /** Where each keyword hit ([] for matches recorded before hits had places). */
  hitDetails: MatchHitDetail[];
  /** Relevance 0..100; null for matches recorded before scores. */
  score: number | null;
  createdAt: Date;
  /** The member marked it 不相关. */
  notRelevant: boolean;
  /** created_at as Postgres prints it, for the cursor (a JS Date would drop the microseconds). */
  position: string;
  bulletin: BulletinSummary;
}

export interface MemberBulletin extends BulletinSummary {
  body: string;
  regionText: string | null;
  ingestedAt: Date;
}

export interface MemberBulletinMatch {
  subscriptionId: string;
  subscriptionName: string;
  hits: string[];
  hitDetails: MatchHitDetail[];
  score: number | null;
  createdAt: Date;
}

/** The columns of a BulletinSummary, from `bulletins b`. */
export const BULLETIN_SUMMARY_COLUMNS = `b.id, b.title, b.url, b.category, b.stage, b.region_code AS "regionCode", b.published_at AS "publishedAt",
  b.budget_yuan::float8 AS "budgetYuan", b.buyer, b.agency, b.winners, b.award_yuan::float8 AS "awardYuan", b.project_code AS "projectCode", b.project_id AS "projectId",
  b.deadline_at AS "deadlineAt", b.withdrawn_at AS "withdrawnAt"`;

/** A member's matches and the bulletins behind them; every query is scoped by member_id. */
@Injectable()
export class MemberInboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; `limit + 1` rows so the caller knows whether there is a next page. */
  async matches(memberId: string, opts: { subscriptionId?: string; after?: InboxPosition; limit: number }): Promise<InboxMatchRow[]> {
    const params: unknown[] = [memberId];
    let where = 'm.member_id = $1';
    if (opts.subscriptionId) where += ` AND m.subscription_id = $${params.push(opts.subscriptionId)}`;
    if (opts.after)
      where += ` AND (m.created_at, m.id) < ($${params.push(opts.after.at)}::timestamptz, $${params.push(opts.after.id)}::uuid)`;
    const rows = await this.dataSource.query<Array<Omit<InboxMatchRow, 'id' | 'bulletin'> & { matchId: string } & BulletinSummary>>(
      `SELECT m.id AS "matchId", m.subscription_id AS "subscriptionId", s.name AS "subscriptionName", m.hits,
              m.hit_details AS "hitDetails", m.score, m.created_at AS "createdAt", m.created_at::text AS "position", ${BULLETIN_SUMMARY_COLUMNS},
              EXISTS (SELECT 1 FROM not_relevant_marks n
                       WHERE n.member_id = m.member_id AND n.subscription_id = m.subscription_id AND n.bulletin_id = m.bulletin_id) AS "notRelevant"
         FROM matches m
         JOIN subscriptions s ON s.id = m.subscription_id
         JOIN bulletins b ON b.id = m.bulletin_id
        WHERE ${where}
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT $${params.push(opts.limit + 1)}`,
      params,
    );
    return rows.map(
      ({ matchId, subscriptionId, subscriptionName, hits, hitDetails, score, createdAt, position, notRelevant, ...bulletin }) => ({
        id: matchId,
        subscriptionId,
        subscriptionName,
        hits,
        hitDetails,
        score,
        createdAt,
        notRelevant,
        position,
        bulletin,
      }),
    );
  }

  /** The bulletin only when this member has a match for it. */
  async bulletin(memberId: string, bulletinId: string): Promise<MemberBulletin | null> {
    const [row] = await this.dataSource.query<MemberBulletin[]>(
      `SELECT ${BULLETIN_SUMMARY_COLUMNS}, b.body, b.region_text AS "regionText", b.ingested_at AS "ingestedAt"
         FROM bulletins b
        WHERE b.id = $1 AND EXISTS (SELECT 1 FROM matches m WHERE m.bulletin_id = b.id AND m.member_id = $2)`,
      [bulletinId, memberId],
    );
    return row ?? null;
  }

  async ownsSubscription(memberId: string, subscriptionId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM subscriptions WHERE id = $1 AND member_id = $2`, [
      subscriptionId,
      memberId,
    ]);
    return rows.length > 0;
  }

  bulletinMatches(memberId: string, bulletinId: string): Promise<MemberBulletinMatch[]> {
    return this.dataSource.query(
      `SELECT m.subscription_id AS "subscriptionId", s.name AS "subscriptionName", m.hits, m.hit_details AS "hitDetails", m.score,
              m.created_at AS "createdAt"
         FROM matches m JOIN subscriptions s ON s.id = m.subscription_id
        WHERE m.bulletin_id = $1 AND m.member_id = $2
        ORDER BY m.created_at`,
      [bulletinId, memberId],
    );
  }
}
