import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectReadReplica } from '@app/database';
import { DataSource } from 'typeorm';
import type { Channel, Subscription, SubscriptionFrequency } from '../../subscriptions/subscription.entity';
import { offsetOf, Page, PageRequest, PageRows, toPage } from '../shared/page';
import { containsPattern, SqlParams } from '../shared/sql-params';

export type AdminSubscriptionView = Omit<Subscription, 'member'> & { memberEmail: string; memberStatus: string };

export interface AdminSubscriptionFilter {
  memberId?: string;
  /** Part of the member's email. */
  email?: string;
  /** Part of the name or of any keyword. */
  q?: string;
  paused?: boolean;
  frequency?: SubscriptionFrequency;
  channel?: Channel;
  /** Subscriptions that list this region code. */
  region?: string;
}

const VIEW = `s.id, s.member_id AS "memberId", s.name, s.keywords, s.exclude_words AS "excludeWords", s.scope, s.regions, s.categories, s.stages,
  s.budget_min::float8 AS "budgetMin", s.budget_max::float8 AS "budgetMax", s.require_budget AS "requireBudget", s.include_expired AS "includeExpired", s.channels,
  s.frequency, s.paused_at AS "pausedAt", s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  m.email AS "memberEmail", m.status AS "memberStatus"`;

/** Subscriptions across all members. */
@Injectable()
export class AdminSubscriptionsRepository {
  /** Lists and searches read from the replica when there is one (DATABASE_REPLICA_URL); the rest from the primary. */
  private readonly reads: DataSource;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectReadReplica() replica?: DataSource,
  ) {
    this.reads = replica ?? dataSource;
  }

  async search(filter: AdminSubscriptionFilter, page: PageRequest): Promise<Page<AdminSubscriptionView>> {
    const p = new SqlParams();
    const where: string[] = [];
    if (filter.memberId) where.push(`s.member_id = ${p.add(filter.memberId)}::uuid`);
    if (filter.email) where.push(`m.email ILIKE ${p.add(containsPattern(filter.email))}`);
    if (filter.q) {
      const like = p.add(containsPattern(filter.q));
      where.push(`(s.name ILIKE ${like} OR EXISTS (SELECT 1 FROM unnest(s.keywords) k WHERE k ILIKE ${like}))`);
    }
    if (filter.paused !== undefined) where.push(filter.paused ? 's.paused_at IS NOT NULL' : 's.paused_at IS NULL');
    if (filter.frequency) where.push(`s.frequency = ${p.add(filter.frequency)}`);
    if (filter.channel) where.push(`${p.add(filter.channel)} = ANY(s.channels)`);
    if (filter.region) where.push(`${p.add(filter.region)} = ANY(s.regions)`);
    const rows = await this.reads.query<PageRows<AdminSubscriptionView>>(
      `SELECT ${VIEW}, count(*) OVER () AS total FROM subscriptions s JOIN members m ON m.id = s.member_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY s.created_at DESC, s.id DESC LIMIT ${p.add(page.pageSize)} OFFSET ${p.add(offsetOf(page))}`,
      p.values,
    );
    return toPage(rows, page);
  }

  async find(id: string): Promise<AdminSubscriptionView | null> {
    const [row] = await this.dataSource.query<AdminSubscriptionView[]>(
      `SELECT ${VIEW} FROM subscriptions s JOIN members m ON m.id = s.member_id WHERE s.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** A member's subscriptions, oldest first (the member detail page). */
  ofMember(memberId: string): Promise<AdminSubscriptionView[]> {
    return this.dataSource.query(
      `SELECT ${VIEW} FROM subscriptions s JOIN members m ON m.id = s.member_id WHERE s.member_id = $1 ORDER BY s.created_at, s.id`,
      [memberId],
    );
  }
}
