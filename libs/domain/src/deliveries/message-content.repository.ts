import { Injectable } from '@nestjs/common';
import { queryPrepared } from '@app/database';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Channel } from '../subscriptions/subscription.entity';
import type { MatchHitDetail } from '../matches/match.entity';
import { hitDetailsWithWindows, withSentences } from '../matches/hit-sentences';

export interface MessageMember {
  id: string;
  email: string;
  display_name: string | null;
  timezone: string;
  /** Whether the member has any row of these kinds at all: the rows themselves are read only then. */
  has_follows: boolean;
  has_follow_notices: boolean;
  has_watch_notices: boolean;
  has_unknown: boolean;
}
export interface MessageBulletin {
  id: string;
  title: string;
  url: string | null;
  region_code: string | null;
  category: string;
  stage: string | null;
  published_at: Date | null;
  budget_yuan: string | null;
  deadline_at: Date | null;
  winners: string[];
  award_yuan: string | null;
  body: string;
  project_id: string | null;
}
export interface MessageMatch {
  member_id: string;
  bulletin_id: string;
  subscription_id: string;
  name: string;
  keywords: string[];
  hits: string[];
  hit_details: MatchHitDetail[];
}

export interface MessageFollowNotice {
  member_id: string;
  bulletin_id: string;
  project_id: string;
  changes: string[];
}
export interface MessageWatchNotice {
  member_id: string;
  bulletin_id: string;
  watch_id: string;
  name: string;
  role: string;
}

// The order messages list bulletins in; the order read and the rows read must agree.
const NEWEST_FIRST = 'ORDER BY published_at DESC NULLS LAST, ingested_at DESC';

/**
 * What alerts and digests show, read for many deliveries at once: one statement per kind of row
 * whatever the number of messages being composed.
 */
@Injectable()
export class MessageContentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * With each member, whether it follows a project, has notices through a follow or a watch, or a
   * delivery of unknown fate: few members have any, and asking here (index probes) spares a message
   * the statements that read those rows, a third of those composing it costs.
   */
  members(ids: string[]): Promise<MessageMember[]> {
    return queryPrepared(
      this.dataSource,
      `SELECT m.id, m.email, m.display_name, m.timezone,
              EXISTS (SELECT 1 FROM project_follows f WHERE f.member_id = m.id) AS has_follows,
              EXISTS (SELECT 1 FROM follow_notices f WHERE f.member_id = m.id) AS has_follow_notices,
              EXISTS (SELECT 1 FROM watch_notices w WHERE w.member_id = m.id) AS has_watch_notices,
              EXISTS (SELECT 1 FROM deliveries d WHERE d.member_id = m.id AND d.status = 'unknown') AS has_unknown
         FROM members m WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * The ids of these bulletins in the order messages list them, newest first. A digest may carry
   * more notices than it shows; this decides which are shown before anything else is read.
   */
  async bulletinOrder(ids: string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await queryPrepared(
      this.dataSource,
      `SELECT id FROM bulletins WHERE id = ANY($1::uuid[]) ${NEWEST_FIRST}`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Newest first (the order of bulletinOrder); only the start of the body (the snippet). */
  bulletins(ids: string[]): Promise<MessageBulletin[]> {
    return queryPrepared(
      this.dataSource,
      `SELECT id, title, url, region_code, category, stage, published_at, budget_yuan::text, deadline_at, winners, award_yuan::text, left(body, 600) AS body, project_id
         FROM bulletins WHERE id = ANY($1::uuid[]) ${NEWEST_FIRST}`,
      [ids],
    );
  }

  /** The subscriptions of these members that caught these bulletins, oldest subscription first. */
  async matches(memberIds: string[], bulletinIds: string[]): Promise<MessageMatch[]> {
    const rows: MessageMatch[] = await queryPrepared(
      this.dataSource,
      // The subscription and the bulletin are looked up per match row (OFFSET 0 keeps the planner
      // from turning it into a join): a young partition's stale statistics once made it hash all subscriptions.
      `SELECT m.member_id, m.bulletin_id, m.subscription_id, s.name, s.keywords, m.hits,
              ${hitDetailsWithWindows('m.hit_details', 'b.body_match')} AS hit_details
         FROM matches m
         CROSS JOIN LATERAL (SELECT name, keywords, created_at FROM subscriptions WHERE id = m.subscription_id OFFSET 0) s
         CROSS JOIN LATERAL (SELECT body_match FROM bulletins WHERE id = m.bulletin_id OFFSET 0) b
        WHERE m.member_id = ANY($1::uuid[]) AND m.bulletin_id = ANY($2::uuid[]) ORDER BY s.created_at`,
      [memberIds, bulletinIds],
    );
    return rows.map((r) => ({ ...r, hit_details: withSentences(r.hit_details) }));
  }

  /** Notices that reached these members because they follow the project, with what each changed. */
  followNotices(memberIds: string[], bulletinIds: string[]): Promise<MessageFollowNotice[]> {
    return queryPrepared(
      this.dataSource,
      `SELECT member_id, bulletin_id, project_id, changes FROM follow_notices WHERE member_id = ANY($1::uuid[]) AND bulletin_id = ANY($2::uuid[])`,
      [memberIds, bulletinIds],
    );
  }

  /** The projects these members already follow (no "关注此项目" link for those). */
  followedProjects(memberIds: string[]): Promise<Array<{ member_id: string; project_id: string }>> {
    return queryPrepared(this.dataSource, `SELECT member_id, project_id FROM project_follows WHERE member_id = ANY($1::uuid[])`, [
      memberIds,
    ]);
  }

  /** Notices that reached these members through a watched organisation. */
  watchNotices(memberIds: string[], bulletinIds: string[]): Promise<MessageWatchNotice[]> {
    return queryPrepared(
      this.dataSource,
      `SELECT n.member_id, n.bulletin_id, n.watch_id, w.name, n.role FROM watch_notices n JOIN party_watches w ON w.id = n.watch_id
        WHERE n.member_id = ANY($1::uuid[]) AND n.bulletin_id = ANY($2::uuid[])`,
      [memberIds, bulletinIds],
    );
  }

  /**
   * For an SMS about notices no subscription caught: the followed projects' names with what each
   * notice changed, in the order the notices came, and the watched organisations' names.
   */
  async followAndWatchFacts(
    memberId: string,
    bulletinIds: string[],
  ): Promise<{ follows: Array<{ name: string; changes: string[] }>; watchNames: string[] }> {
    const follows: Array<{ name: string; changes: string[] }> = await queryPrepared(
      this.dataSource,
      `SELECT p.name, f.changes FROM follow_notices f JOIN projects p ON p.id = f.project_id
        WHERE f.member_id = $1 AND f.bulletin_id = ANY($2::uuid[]) ORDER BY f.created_at, f.id`,
      [memberId, bulletinIds],
    );
    const watches: Array<{ name: string }> = await queryPrepared(
      this.dataSource,
      `SELECT DISTINCT w.name FROM watch_notices n JOIN party_watches w ON w.id = n.watch_id
        WHERE n.member_id = $1 AND n.bulletin_id = ANY($2::uuid[]) ORDER BY w.name`,
      [memberId, bulletinIds],
    );
    return { follows, watchNames: watches.map((w) => w.name) };
  }

  /** Names of the member's subscriptions that caught these bulletins (SMS text). */
  async subscriptionNames(memberId: string, bulletinIds: string[]): Promise<string[]> {
    const rows: Array<{ name: string }> = await queryPrepared(
      this.dataSource,
      `SELECT DISTINCT s.name FROM matches mt JOIN subscriptions s ON s.id = mt.subscription_id WHERE mt.member_id = $1 AND mt.bulletin_id = ANY($2::uuid[])`,
      [memberId, bulletinIds],
    );
    return rows.map((r) => r.name);
  }

  /**
   * Per delivery: how many bulletins went out with an `unknown` fate on its member's channel since
   * the member's last message that was sent — said once, in the next message, instead of a resend.
   * The count reads deliveries twice and notifications once over every month kept (~11 ms to plan,
   * again whenever a growing month is analysed), so callers ask it only for members whose row says
   * they have such a delivery (`members`, has_unknown): nearly none.
   */
  async unknownSinceLastSent(deliveries: Array<{ id: string; memberId: string; channel: Channel }>): Promise<Map<string, number>> {
    if (!deliveries.length) return new Map();
    const rows: Array<{ id: string; n: number }> = await queryPrepared(
      this.dataSource,
      `SELECT x.id, count(*)::int AS n
         FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(id, member_id, channel)
         JOIN deliveries d ON d.member_id = x.member_id AND d.channel = x.channel AND d.status = 'unknown' AND d.id <> x.id
         JOIN notifications n ON n.delivery_id = d.id
        WHERE d.updated_at > COALESCE((SELECT max(s.sent_at) FROM deliveries s
                                        WHERE s.member_id = x.member_id AND s.channel = x.channel AND s.status = 'sent' AND s.id <> x.id), '-infinity')
        GROUP BY x.id`,
      [deliveries.map((d) => d.id), deliveries.map((d) => d.memberId), deliveries.map((d) => d.channel)],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }
}
