import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectReadReplica } from '@app/database';
import { DataSource, EntityManager } from 'typeorm';
import { memberPending, memberWaiting } from '../../deliveries/member-notifications.sql';
import type { MemberPlan, MemberRole, MemberStatus } from '../../members/member.entity';
import { offsetOf, Page, PageRequest, PageRows, toPage } from '../shared/page';
import { containsPattern, SqlParams } from '../shared/sql-params';

/** A member as admins see them: no password hash, no token version. */
export interface AdminMemberView {
  id: string;
  email: string;
  displayName: string | null;
  company: string | null;
  phone: string | null;
  phoneVerifiedAt: Date | null;
  role: MemberRole;
  plan: MemberPlan;
  status: MemberStatus;
  emailVerifiedAt: Date | null;
  emailEnabled: boolean;
  emailBouncedAt: Date | null;
  smsEnabled: boolean;
  timezone: string;
  createdAt: Date;
  updatedAt: Date;
  subscriptionCount: number;
}

export interface AdminMemberFilter {
  /** Part of the email, phone, company or display name. */
  q?: string;
  status?: MemberStatus;
  plan?: MemberPlan;
  role?: MemberRole;
}

export interface RecentDelivery {
  id: string;
  channel: string;
  kind: string;
  status: string;
  attempts: number;
  subject: string | null;
  error: string | null;
  sentAt: Date | null;
  createdAt: Date;
  bulletinCount: number;
}

const PHONE_LIKE = /^[\d\s()+-]+$/;

const VIEW = `m.id, m.email, m.display_name AS "displayName", m.company, m.phone, m.phone_verified_at AS "phoneVerifiedAt", m.role,
  m.plan, m.status, m.email_verified_at AS "emailVerifiedAt", m.email_enabled AS "emailEnabled", m.email_bounced_at AS "emailBouncedAt",
  m.sms_enabled AS "smsEnabled", m.timezone, m.created_at AS "createdAt", m.updated_at AS "updatedAt",
  (SELECT count(*)::int FROM subscriptions s WHERE s.member_id = m.id) AS "subscriptionCount"`;

/** Reads across all members (the member-side repositories are scoped to one). */
@Injectable()
export class AdminMembersRepository {
  /** Lists and searches read from the replica when there is one (DATABASE_REPLICA_URL); the rest from the primary. */
  private readonly reads: DataSource;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectReadReplica() replica?: DataSource,
  ) {
    this.reads = replica ?? dataSource;
  }

  async search(filter: AdminMemberFilter, page: PageRequest): Promise<Page<AdminMemberView>> {
    const p = new SqlParams();
    const where: string[] = [];
    if (filter.q) {
      const q = filter.q.trim();
      const like = p.add(containsPattern(q));
      const any = [`m.email ILIKE ${like}`, `m.phone ILIKE ${like}`, `m.company ILIKE ${like}`, `m.display_name ILIKE ${like}`];
      // "138 0013 8000" or "138-0013-8000" finds +8613800138000.
      const digits = PHONE_LIKE.test(q) ? q.replace(/\D/g, '') : '';
      if (digits.length >= 4) any.push(`regexp_replace(m.phone, '\\D', '', 'g') LIKE ${p.add(`%${digits}%`)}`);
      where.push(`(${any.join(' OR ')})`);
    }
    if (filter.status) where.push(`m.status = ${p.add(filter.status)}`);
    if (filter.plan) where.push(`m.plan = ${p.add(filter.plan)}`);
    if (filter.role) where.push(`m.role = ${p.add(filter.role)}`);
    const rows = await this.reads.query<PageRows<AdminMemberView>>(
      `SELECT ${VIEW}, count(*) OVER () AS total FROM members m
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY m.created_at DESC, m.id DESC LIMIT ${p.add(page.pageSize)} OFFSET ${p.add(offsetOf(page))}`,
      p.values,
    );
    return toPage(rows, page);
  }

  async find(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<AdminMemberView | null> {
    const [row] = await manager.query<AdminMemberView[]>(`SELECT ${VIEW} FROM members m WHERE m.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  recentDeliveries(memberId: string, limit: number): Promise<RecentDelivery[]> {
    return this.dataSource.query(
      `SELECT d.id, d.channel, d.kind, d.status, d.attempts, d.subject, d.error, d.sent_at AS "sentAt", d.created_at AS "createdAt",
              (SELECT count(*)::int FROM notifications n WHERE n.delivery_id = d.id) AS "bulletinCount"
         FROM deliveries d WHERE d.member_id = $1 ORDER BY d.created_at DESC, d.id DESC LIMIT $2`,
      [memberId, limit],
    );
  }

  async setStatus(manager: EntityManager, id: string, status: MemberStatus): Promise<void> {
    // A new token version voids access tokens at once (the JWT guard compares it on every request).
    await manager.query(
      `UPDATE members SET status = $2::varchar, updated_at = now(), token_version = token_version + CASE WHEN $2::varchar = 'suspended' THEN 1 ELSE 0 END WHERE id = $1`,
      [id, status],
    );
  }

  async endSessions(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE member_id = $1 AND revoked_at IS NULL`, [memberId]);
  }

  /** Nothing already queued goes out to a suspended member: pending, or waiting in a delivery. */
  async suppressPending(manager: EntityManager, memberId: string): Promise<number> {
    const [, pending] = await manager.query<[unknown[], number]>(
      `UPDATE notifications SET status = 'suppressed' WHERE ${memberPending('$1')}`,
      [memberId],
    );
    const [, waiting] = await manager.query<[unknown[], number]>(
      `UPDATE notifications SET status = 'suppressed', delivery_id = NULL WHERE ${memberWaiting('$1')}`,
      [memberId],
    );
    return (pending ?? 0) + (waiting ?? 0);
  }

  async setPlan(manager: EntityManager, id: string, plan: MemberPlan): Promise<void> {
    await manager.query(`UPDATE members SET plan = $2, updated_at = now() WHERE id = $1`, [id, plan]);
  }
}
