import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NotRelevantSource } from './not-relevant-mark.entity';

export interface MemberMatchRow {
  id: string;
  subscriptionId: string;
  bulletinId: string;
  hits: string[];
  createdAt: Date;
  markedAt: Date | null;
}

export interface MarkRow {
  id: string;
  matchId: string;
  subscriptionId: string;
  bulletinId: string;
  terms: string[];
  reason: string | null;
  source: NotRelevantSource;
  createdAt: Date;
}

const MARK = `id, match_id AS "matchId", subscription_id AS "subscriptionId", bulletin_id AS "bulletinId", terms, reason, source, created_at AS "createdAt"`;

/** Not-relevant marks; every query is scoped by member_id. */
@Injectable()
export class NotRelevantMarksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The member's match, with when they marked it (null when not marked); null for anyone else's. */
  async matchForMember(memberId: string, matchId: string): Promise<MemberMatchRow | null> {
    const [row] = await this.dataSource.query<MemberMatchRow[]>(
      `SELECT m.id, m.subscription_id AS "subscriptionId", m.bulletin_id AS "bulletinId", m.hits, m.created_at AS "createdAt", n.created_at AS "markedAt"
         FROM matches m
         LEFT JOIN not_relevant_marks n ON n.member_id = m.member_id AND n.subscription_id = m.subscription_id AND n.bulletin_id = m.bulletin_id
        WHERE m.id = $1 AND m.member_id = $2`,
      [matchId, memberId],
    );
    return row ?? null;
  }

  /** Every match of the member on a bulletin (a bulletin may have caught several subscriptions). */
  matchesOnBulletin(memberId: string, bulletinId: string): Promise<MemberMatchRow[]> {
    return this.dataSource.query(
      `SELECT m.id, m.subscription_id AS "subscriptionId", m.bulletin_id AS "bulletinId", m.hits, m.created_at AS "createdAt", n.created_at AS "markedAt"
         FROM matches m
         LEFT JOIN not_relevant_marks n ON n.member_id = m.member_id AND n.subscription_id = m.subscription_id AND n.bulletin_id = m.bulletin_id
        WHERE m.bulletin_id = $1 AND m.member_id = $2
        ORDER BY m.created_at, m.id`,
      [bulletinId, memberId],
    );
  }

  /**
   * Records the mark for a match the caller has checked belongs to the member; a second call
   * returns the first mark unchanged (`created: false`).
   */
  async mark(
    memberId: string,
    match: MemberMatchRow,
    opts: { reason?: string | null; source: NotRelevantSource },
  ): Promise<{ mark: MarkRow; created: boolean }> {
    const [inserted] = await this.dataSource.query<MarkRow[]>(
      `INSERT INTO not_relevant_marks (member_id, subscription_id, bulletin_id, match_id, terms, reason, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ON CONSTRAINT uq_not_relevant_member_subscription_bulletin DO NOTHING
       RETURNING ${MARK}`,
      [memberId, match.subscriptionId, match.bulletinId, match.id, match.hits, opts.reason ?? null, opts.source],
    );
    if (inserted) return { mark: inserted, created: true };
    const [existing] = await this.dataSource.query<MarkRow[]>(
      `SELECT ${MARK} FROM not_relevant_marks WHERE member_id = $1 AND subscription_id = $2 AND bulletin_id = $3`,
      [memberId, match.subscriptionId, match.bulletinId],
    );
    return { mark: existing, created: false };
  }

  /** Undo; true when there was a mark. */
  async unmark(memberId: string, matchId: string): Promise<boolean> {
    // TypeORM answers a DELETE with [rows, affected].
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM not_relevant_marks WHERE member_id = $1 AND match_id = $2`,
      [memberId, matchId],
    );
    return affected > 0;
  }

  forMember(memberId: string): Promise<MarkRow[]> {
    return this.dataSource.query(`SELECT ${MARK} FROM not_relevant_marks WHERE member_id = $1 ORDER BY created_at, id`, [memberId]);
  }
}
