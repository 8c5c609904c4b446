import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WebhookEndpoint } from '../../webhooks/webhook-endpoint.entity';

export interface AdminWebhookFilter {
  id?: string;
  memberId?: string;
  teamId?: string;
  kind?: string;
  disabled?: boolean;
}

export interface AdminWebhookRow {
  endpoint: WebhookEndpoint;
  ownerEmail: string;
  teamName: string | null;
  lastStatus: string | null;
}

/** Every member's and team's endpoints, for admins: one owner's scoping does not apply here. */
@Injectable()
export class AdminWebhooksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(f: AdminWebhookFilter, limit: number): Promise<AdminWebhookRow[]> {
    const qb = this.dataSource
      .getRepository(WebhookEndpoint)
      .createQueryBuilder('e')
      .innerJoin('members', 'm', 'm.id = e.member_id')
      .leftJoin('teams', 't', 't.id = e.team_id')
      .addSelect('m.email', 'owner_email')
      .addSelect('t.name', 'team_name')
      .addSelect(`(SELECT w.status FROM webhook_messages w WHERE w.endpoint_id = e.id ORDER BY w.created_at DESC LIMIT 1)`, 'last_status')
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit);
    if (f.id) qb.andWhere('e.id = :id', { id: f.id });
    if (f.memberId) qb.andWhere('e.member_id = :memberId', { memberId: f.memberId });
    if (f.teamId) qb.andWhere('e.team_id = :teamId', { teamId: f.teamId });
    if (f.kind) qb.andWhere('e.kind = :kind', { kind: f.kind });
    if (f.disabled !== undefined) qb.andWhere(f.disabled ? 'e.disabled_at IS NOT NULL' : 'e.disabled_at IS NULL');
    const { entities, raw } = await qb.getRawAndEntities<{ owner_email: string; team_name: string | null; last_status: string | null }>();
    return entities.map((endpoint, i) => ({
      endpoint,
      ownerEmail: raw[i].owner_email,
      teamName: raw[i].team_name,
      lastStatus: raw[i].last_status,
    }));
  }

  async get(id: string): Promise<AdminWebhookRow | null> {
    return (await this.list({ id }, 1))[0] ?? null;
  }

  find(id: string): Promise<WebhookEndpoint | null> {
    return this.dataSource.getRepository(WebhookEndpoint).findOne({ where: { id } });
  }

  async setDisabled(id: string, disabled: boolean, reason: string): Promise<void> {
    await this.dataSource
      .getRepository(WebhookEndpoint)
      .update(
        { id },
        disabled ? { disabledAt: new Date(), disabledReason: reason } : { disabledAt: null, disabledReason: null, failingSince: null },
      );
  }
}
