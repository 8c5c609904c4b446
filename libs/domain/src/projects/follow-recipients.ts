import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { MatchedRecipient } from '../deliveries/delivery-ledger.service';
import { noticeChanges } from './notice-changes';

/** What the match job has read of the notice: its project, if it is linked to one. */
export interface NoticeOfProject {
  id: string;
  projectId: string | null;
}

/**
 * The followers a notice reaches because they follow its project, whatever their keywords. Runs
 * in the match transaction: writes a follow_notices row (the reason, and what changed) per
 * follower and hands them to the ledger as instant recipients.
 */
interface NoticeRow {
  title: string;
  category: string;
  stage: string | null;
  deadline_at: Date | null;
  winners: string[];
  award_yuan: number | null;
  at: Date;
  ingested_at: Date;
}

@Injectable()
export class FollowRecipients {
  async forBulletin(em: EntityManager, notice: NoticeOfProject): Promise<MatchedRecipient[]> {
    if (!notice.projectId) return [];
    // Followers first: most projects have none, and then the notice's own fields are never needed.
    const follows = await em.query<Array<{ member_id: string; channels: Array<'email' | 'sms'> }>>(
      `SELECT member_id, channels FROM project_follows WHERE project_id = $1`,
      [notice.projectId],
    );
    if (!follows.length) return [];
    const [b] = await em.query<NoticeRow[]>(
      `SELECT title, category, stage, deadline_at, winners, award_yuan::float8 AS award_yuan,
              coalesce(published_at, ingested_at) AS at, ingested_at
         FROM bulletins WHERE id = $1`,
      [notice.id],
    );
    if (!b) return [];
    // The deadline the project had before this notice: what a 更正 moves.
    const [prev] = await em.query<Array<{ deadline_at: Date }>>(
      `SELECT deadline_at FROM bulletins
        WHERE project_id = $1 AND id <> $2 AND deadline_at IS NOT NULL AND withdrawn_at IS NULL
          AND (coalesce(published_at, ingested_at), ingested_at) <= ($3::timestamptz, $4::timestamptz)
        ORDER BY coalesce(published_at, ingested_at) DESC, ingested_at DESC LIMIT 1`,
      [notice.projectId, notice.id, b.at, b.ingested_at],
    );
    const changes = noticeChanges(
      { title: b.title, category: b.category, stage: b.stage, deadlineAt: b.deadline_at, winners: b.winners, awardYuan: b.award_yuan },
      prev?.deadline_at ?? null,
    );
    await em.query(
      `INSERT INTO follow_notices (member_id, bulletin_id, project_id, changes)
       SELECT unnest($1::uuid[]), $2, $3, $4 ON CONFLICT (member_id, bulletin_id) DO NOTHING`,
      [follows.map((f) => f.member_id), notice.id, notice.projectId, changes],
    );
    return follows.map((f) => ({ memberId: f.member_id, frequency: 'instant' as const, channels: f.channels }));
  }
}
