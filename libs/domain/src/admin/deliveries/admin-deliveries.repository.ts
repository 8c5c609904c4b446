import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectReadReplica } from '@app/database';
import { DataSource } from 'typeorm';
import type { DeliveryKind, DeliveryStatus } from '../../deliveries/delivery.entity';
import type { Channel } from '../../subscriptions/subscription.entity';
import { offsetOf, Page, PageRequest, PageRows, toPage } from '../shared/page';
import { SqlParams } from '../shared/sql-params';

export interface AdminDeliveryFilter {
  status?: DeliveryStatus[];
  channel?: Channel;
  kind?: DeliveryKind;
  memberId?: string;
  /** On the delivery's creation time. */
  from?: Date;
  to?: Date;
}

export interface AdminDeliveryRow {
  id: string;
  memberId: string;
  memberEmail: string;
  channel: Channel;
  kind: DeliveryKind;
  status: DeliveryStatus;
  attempts: number;
  subject: string | null;
  error: string | null;
  providerMessageId: string | null;
  dueAt: Date;
  sentAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  bulletinCount: number;
}

export interface CarriedBulletin {
  id: string;
  title: string;
  url: string | null;
  category: string;
  regionCode: string | null;
  publishedAt: Date | null;
  budgetYuan: number | null;
  withdrawnAt: Date | null;
  notificationStatus: string;
  /** The member's subscriptions that caught it, with the keyword entries that hit. */
  subscriptions: Array<{ id: string; name: string; hits: string[] }>;
}

export interface AdminDeliveryDetail extends AdminDeliveryRow {
  periodKey: string;
  leaseUntil: Date | null;
  bulletins: CarriedBulletin[];
}

const ROW = `d.id, d.member_id AS "memberId", m.email AS "memberEmail", d.channel, d.kind, d.status, d.attempts, d.subject, d.error,
  d.provider_message_id AS "providerMessageId", d.due_at AS "dueAt", d.sent_at AS "sentAt", d.created_at AS "createdAt",
  d.updated_at AS "updatedAt", (SELECT count(*)::int FROM notifications n WHERE n.delivery_id = d.id) AS "bulletinCount"`;

@Injectable()
export class AdminDeliveriesRepository {
  /** Lists and searches read from the replica when there is one (DATABASE_REPLICA_URL); the rest from the primary. */
  private readonly reads: DataSource;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectReadReplica() replica?: DataSource,
  ) {
    this.reads = replica ?? dataSource;
  }

  async search(filter: AdminDeliveryFilter, page: PageRequest): Promise<Page<AdminDeliveryRow>> {
    const p = new SqlParams();
    const rows = await this.reads.query<PageRows<AdminDeliveryRow>>(
      `SELECT ${ROW}, count(*) OVER () AS total FROM deliveries d JOIN members m ON m.id = d.member_id
        ${whereOf(p, filter)}
        ORDER BY d.created_at DESC, d.id DESC LIMIT ${p.add(page.pageSize)} OFFSET ${p.add(offsetOf(page))}`,
      p.values,
    );
    return toPage(rows, page);
  }

  /** Candidates for a bulk retry, oldest first. */
  candidates(filter: AdminDeliveryFilter, limit: number): Promise<Array<{ id: string; status: DeliveryStatus }>> {
    const p = new SqlParams();
    return this.dataSource.query(
      `SELECT d.id, d.status FROM deliveries d ${whereOf(p, filter)} ORDER BY d.created_at, d.id LIMIT ${p.add(limit)}`,
      p.values,
    );
  }

  async find(id: string): Promise<AdminDeliveryDetail | null> {
    const [row] = await this.dataSource.query<Array<Omit<AdminDeliveryDetail, 'bulletins'>>>(
      `SELECT ${ROW}, d.period_key AS "periodKey", d.lease_until AS "leaseUntil" FROM deliveries d JOIN members m ON m.id = d.member_id WHERE d.id = $1`,
      [id],
    );
    if (!row) return null;
    const bulletins = await this.dataSource.query<CarriedBulletin[]>(
      `SELECT b.id, b.title, b.url, b.category, b.region_code AS "regionCode", b.published_at AS "publishedAt",
              b.budget_yuan::float8 AS "budgetYuan", b.withdrawn_at AS "withdrawnAt", n.status AS "notificationStatus",
              COALESCE((SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'hits', mt.hits) ORDER BY s.created_at)
                          FROM matches mt JOIN subscriptions s ON s.id = mt.subscription_id
                         WHERE mt.member_id = n.member_id AND mt.bulletin_id = b.id), '[]'::json) AS subscriptions
         FROM notifications n JOIN bulletins b ON b.id = n.bulletin_id
        WHERE n.delivery_id = $1
        ORDER BY b.published_at DESC NULLS LAST, b.ingested_at DESC`,
      [id],
    );
    return { ...row, bulletins };
  }
}

function whereOf(p: SqlParams, f: AdminDeliveryFilter): string {
  const where: string[] = [];
  if (f.status?.length) where.push(`d.status = ANY(${p.add(f.status)}::text[])`);
  if (f.channel) where.push(`d.channel = ${p.add(f.channel)}`);
  if (f.kind) where.push(`d.kind = ${p.add(f.kind)}`);
  if (f.memberId) where.push(`d.member_id = ${p.add(f.memberId)}::uuid`);
  if (f.from) where.push(`d.created_at >= ${p.add(f.from)}`);
  if (f.to) where.push(`d.created_at < ${p.add(f.to)}`);
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}
