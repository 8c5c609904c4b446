import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MatchHitDetail } from '../matches/match.entity';
import { hitDetailsWithWindows, withSentences } from '../matches/hit-sentences';
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

/** Why an inbox item reached the member: a subscription caught it, or they follow its project or watch a party of it. */
export type InboxItemKind = 'subscription' | 'follow' | 'watch';

/** The followed project the notice belongs to, and what the notice changed (新截止时间, 中标单位和金额, 终止). */
export interface InboxFollowReason {
  projectId: string;
  changes: string[];
}

/** The watched organisation the notice names, and its role in the notice. */
export interface InboxWatchReason {
  /** null when the watch was deleted since. */
  watchId: string | null;
  name: string | null;
  role: string;
}

export interface InboxMatchRow {
  id: string;
  kind: InboxItemKind;
  /** null for follow and watch items. */
  subscriptionId: string | null;
  subscriptionName: string | null;
  /** Set whenever the member follows the notice's project and was told of it as such (any kind). */
  follow: InboxFollowReason | null;
  /** Set whenever the notice reached the member through a watched organisation (any kind). */
  watch: InboxWatchReason | null;
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

  /**
   * Newest first; `limit + 1` rows so the caller knows whether there is a next page. Besides what
   * the member's subscriptions caught: notices of followed projects and of watched organisations
   * (follow_notices, watch_notices), each once — a notice a subscription also caught is its match,
   * carrying the follow or watch beside it. Filtered by subscription, only that subscription's matches.
   */
  async matches(memberId: string, opts: { subscriptionId?: string; after?: InboxPosition; limit: number }): Promise<InboxMatchRow[]> {
    const params: unknown[] = [memberId];
    let matchWhere = 'm.member_id = $1';
    if (opts.subscriptionId) matchWhere += ` AND m.subscription_id = $${params.push(opts.subscriptionId)}`;
    const afterAt = opts.after ? params.push(opts.after.at) : 0;
    const afterId = opts.after ? params.push(opts.after.id) : 0;
    const after = (alias: string) =>
      opts.after ? ` AND (${alias}.created_at, ${alias}.id) < ($${afterAt}::timestamptz, $${afterId}::uuid)` : '';
    const limit = params.push(opts.limit + 1);
    const noMatch = (alias: string) =>
      `NOT EXISTS (SELECT 1 FROM matches x WHERE x.member_id = $1 AND x.bulletin_id = ${alias}.bulletin_id)`;
    // Each branch is limited on its own (its index gives newest first), then the union once more.
    const others = opts.subscriptionId
      ? ''
      : `UNION ALL
         (SELECT 'follow', f.id, f.bulletin_id, NULL::uuid, NULL, '{}'::text[], '[]'::jsonb, NULL::smallint, f.created_at, false
            FROM follow_notices f WHERE f.member_id = $1 AND ${noMatch('f')}${after('f')}
           ORDER BY f.created_at DESC, f.id DESC LIMIT $${limit})
         UNION ALL
         (SELECT 'watch', w.id, w.bulletin_id, NULL::uuid, NULL, '{}'::text[], '[]'::jsonb, NULL::smallint, w.created_at, false
            FROM watch_notices w
           WHERE w.member_id = $1 AND ${noMatch('w')}
             AND NOT EXISTS (SELECT 1 FROM follow_notices y WHERE y.member_id = $1 AND y.bulletin_id = w.bulletin_id)${after('w')}
           ORDER BY w.created_at DESC, w.id DESC LIMIT $${limit})`;
    type Row = Omit<InboxMatchRow, 'id' | 'bulletin' | 'follow' | 'watch'> &
      BulletinSummary & {
        itemId: string;
        followProjectId: string | null;
        followChanges: string[] | null;
        watchId: string | null;
        watchName: string | null;
        watchRole: string | null;
      };
    const rows = await this.dataSource.query<Row[]>(
      `WITH items AS (
         (SELECT 'subscription' AS kind, m.id, m.bulletin_id, m.subscription_id, s.name AS subscription_name, m.hits, m.hit_details, m.score, m.created_at,
                 EXISTS (SELECT 1 FROM not_relevant_marks n
                          WHERE n.member_id = m.member_id AND n.subscription_id = m.subscription_id AND n.bulletin_id = m.bulletin_id) AS not_relevant
            FROM matches m JOIN subscriptions s ON s.id = m.subscription_id
           WHERE ${matchWhere}${after('m')}
           ORDER BY m.created_at DESC, m.id DESC LIMIT $${limit})
         ${others})
       SELECT i.kind, i.id AS "itemId", i.subscription_id AS "subscriptionId", i.subscription_name AS "subscriptionName", i.hits,
              ${hitDetailsWithWindows('i.hit_details', 'b.body_match')} AS "hitDetails", i.score, i.created_at AS "createdAt", i.created_at::text AS "position", i.not_relevant AS "notRelevant",
              fn.project_id AS "followProjectId", fn.changes AS "followChanges",
              wn.watch_id AS "watchId", pw.name AS "watchName", wn.role AS "watchRole", ${BULLETIN_SUMMARY_COLUMNS}
         FROM items i
         JOIN bulletins b ON b.id = i.bulletin_id
         LEFT JOIN follow_notices fn ON fn.member_id = $1 AND fn.bulletin_id = i.bulletin_id
         LEFT JOIN watch_notices wn ON wn.member_id = $1 AND wn.bulletin_id = i.bulletin_id
         LEFT JOIN party_watches pw ON pw.id = wn.watch_id AND pw.member_id = $1
        ORDER BY i.created_at DESC, i.id DESC
        LIMIT $${limit}`,
      params,
    );
    return rows.map(
      ({
        kind,
        itemId,
        subscriptionId,
        subscriptionName,
        hits,
        hitDetails,
        score,
        createdAt,
        position,
        notRelevant,
        followProjectId,
        followChanges,
        watchId,
        watchName,
        watchRole,
        ...bulletin
      }) => ({
        id: itemId,
        kind,
        subscriptionId,
        subscriptionName,
        follow: followProjectId ? { projectId: followProjectId, changes: followChanges ?? [] } : null,
        watch: watchRole ? { watchId: watchName ? watchId : null, name: watchName, role: watchRole } : null,
        hits,
        hitDetails: withSentences(hitDetails),
        score,
        createdAt,
        notRelevant,
        position,
        bulletin,
      }),
    );
  }

  /** The bulletin only when it reached this member: a match, a followed project's notice or a watched party's. */
  async bulletin(memberId: string, bulletinId: string): Promise<MemberBulletin | null> {
    const [row] = await this.dataSource.query<MemberBulletin[]>(
      `SELECT ${BULLETIN_SUMMARY_COLUMNS}, b.body, b.region_text AS "regionText", b.ingested_at AS "ingestedAt"
         FROM bulletins b
        WHERE b.id = $1 AND (EXISTS (SELECT 1 FROM matches m WHERE m.bulletin_id = b.id AND m.member_id = $2)
                          OR EXISTS (SELECT 1 FROM follow_notices f WHERE f.bulletin_id = b.id AND f.member_id = $2)
                          OR EXISTS (SELECT 1 FROM watch_notices w WHERE w.bulletin_id = b.id AND w.member_id = $2))`,
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

  async bulletinMatches(memberId: string, bulletinId: string): Promise<MemberBulletinMatch[]> {
    const rows = await this.dataSource.query<MemberBulletinMatch[]>(
      `SELECT m.subscription_id AS "subscriptionId", s.name AS "subscriptionName", m.hits,
              ${hitDetailsWithWindows('m.hit_details', 'b.body_match')} AS "hitDetails", m.score, m.created_at AS "createdAt"
         FROM matches m JOIN subscriptions s ON s.id = m.subscription_id JOIN bulletins b ON b.id = m.bulletin_id
        WHERE m.bulletin_id = $1 AND m.member_id = $2
        ORDER BY m.created_at`,
      [bulletinId, memberId],
    );
    return rows.map((r) => ({ ...r, hitDetails: withSentences(r.hitDetails) }));
  }
}
