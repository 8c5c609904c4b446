import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { offsetOf, Page, PageRequest, PageRows, toPage } from '../shared/page';
import { containsPattern, SqlParams } from '../shared/sql-params';
import type { AuditActor, AuditEntry } from './audit-actions';
import type { AuditLog } from './audit-log.entity';

export interface AuditFilter {
  /** An admin's id, or part of their email. */
  actor?: string;
  /** An exact action (member.suspend) or a group (member). */
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Writes and reads the admin audit log. Pass the change's EntityManager to write in its transaction. */
@Injectable()
export class AuditTrail {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(actor: AuditActor, entries: AuditEntry | AuditEntry[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (!list.length) return;
    const rows = list.map((e) => ({
      action: e.action,
      target_type: e.targetType,
      target_id: e.targetId,
      before: e.before ?? null,
      after: e.after ?? null,
    }));
    // The actor's email is copied in, so the row still reads well after the account is gone.
    await manager.query(
      `INSERT INTO audit_logs (actor_id, actor_email, action, target_type, target_id, before, after, request_id)
       SELECT $1::uuid, (SELECT email FROM members WHERE id = $1::uuid), r.action, r.target_type, r.target_id, r.before, r.after, $2
         FROM jsonb_to_recordset($3::jsonb) AS r(action text, target_type text, target_id text, before jsonb, after jsonb)`,
      [actor.id, actor.requestId ?? null, JSON.stringify(rows)],
    );
  }

  async list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditLog>> {
    const p = new SqlParams();
    const where: string[] = [];
    if (filter.actor) {
      where.push(
        UUID.test(filter.actor)
          ? `a.actor_id = ${p.add(filter.actor)}::uuid`
          : `a.actor_email ILIKE ${p.add(containsPattern(filter.actor))}`,
      );
    }
    if (filter.action) {
      where.push(filter.action.includes('.') ? `a.action = ${p.add(filter.action)}` : `a.action LIKE ${p.add(`${filter.action}.%`)}`);
    }
    if (filter.targetType) where.push(`a.target_type = ${p.add(filter.targetType)}`);
    if (filter.targetId) where.push(`a.target_id = ${p.add(filter.targetId)}`);
    if (filter.from) where.push(`a.created_at >= ${p.add(filter.from)}`);
    if (filter.to) where.push(`a.created_at < ${p.add(filter.to)}`);
    const rows = await this.dataSource.query<PageRows<AuditLog>>(
      `SELECT a.id, a.actor_id AS "actorId", a.actor_email AS "actorEmail", a.action, a.target_type AS "targetType",
              a.target_id AS "targetId", a.before, a.after, a.request_id AS "requestId", a.created_at AS "createdAt",
              count(*) OVER () AS total
         FROM audit_logs a
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT ${p.add(page.pageSize)} OFFSET ${p.add(offsetOf(page))}`,
      p.values,
    );
    return toPage(rows, page);
  }
}
