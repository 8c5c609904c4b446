import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, NotFoundError, ValidationError } from '../../shared/domain.errors';
import type { WebhookEndpointView } from '../../webhooks/webhook-endpoint-view';
import { WebhookEndpointsService, type WebhookEndpointInput } from '../../webhooks/webhook-endpoints.service';
import { AUDIT_ACTIONS, type AuditActor } from '../audit/audit-actions';
import { AuditTrail } from '../audit/audit-trail.service';

export interface TeamInput {
  name: string;
  memberIds: string[];
  /** Only these subscriptions of the members; [] or absent: every match. */
  subscriptionIds?: string[];
}

export interface TeamView {
  id: string;
  name: string;
  members: Array<{ id: string; email: string }>;
  subscriptionIds: string[];
  endpointIds: string[];
  createdAt: Date;
}

/**
 * Teams: a named group of members whose matches (all, or of chosen subscriptions) go to the
 * team's endpoints. Admin writes, each audited in the same transaction.
 */
@Injectable()
export class AdminTeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly endpoints: WebhookEndpointsService,
    private readonly audit: AuditTrail,
  ) {}

  async list(): Promise<TeamView[]> {
    return this.query('', []);
  }

  async get(id: string): Promise<TeamView> {
    const [team] = await this.query('WHERE t.id = $1', [id]);
    if (!team) throw new NotFoundError('Team');
    return team;
  }

  async create(actor: AuditActor, input: TeamInput): Promise<TeamView> {
    const id = await this.dataSource.transaction(async (em) => {
      await this.check(em, input.memberIds, input.subscriptionIds ?? []);
      const [row] = await em.query<Array<{ id: string }>>(
        `INSERT INTO teams (name, subscription_ids) VALUES ($1, $2::uuid[]) ON CONFLICT (name) DO NOTHING RETURNING id`,
        [input.name, input.subscriptionIds ?? []],
      );
      if (!row) throw new DomainError('conflict', 'team_exists', 'A team of that name exists');
      await this.setMembers(em, row.id, input.memberIds);
      await this.audit.record(actor, { action: AUDIT_ACTIONS.teamCreate, targetType: 'team', targetId: row.id, after: input }, em);
      return row.id;
    });
    return this.get(id);
  }

  async update(actor: AuditActor, id: string, patch: Partial<TeamInput>): Promise<TeamView> {
    const before = await this.get(id);
    await this.dataSource.transaction(async (em) => {
      await this.check(em, patch.memberIds ?? before.members.map((m) => m.id), patch.subscriptionIds ?? before.subscriptionIds);
      if (patch.name !== undefined) {
        const clash = await em.query<unknown[]>(`SELECT 1 FROM teams WHERE name = $1 AND id <> $2`, [patch.name, id]);
        if (clash.length) throw new DomainError('conflict', 'team_exists', 'A team of that name exists');
        await em.query(`UPDATE teams SET name = $2 WHERE id = $1`, [id, patch.name]);
      }
      if (patch.subscriptionIds !== undefined)
        await em.query(`UPDATE teams SET subscription_ids = $2::uuid[] WHERE id = $1`, [id, patch.subscriptionIds]);
      if (patch.memberIds !== undefined) await this.setMembers(em, id, patch.memberIds);
      await this.audit.record(
        actor,
        {
          action: AUDIT_ACTIONS.teamUpdate,
          targetType: 'team',
          targetId: id,
          before: { name: before.name, memberIds: before.members.map((m) => m.id), subscriptionIds: before.subscriptionIds },
          after: patch,
        },
        em,
      );
    });
    return this.get(id);
  }

  /** The team and its endpoints go; what was already sent stays in the members' ledgers. */
  async remove(actor: AuditActor, id: string): Promise<void> {
    const before = await this.get(id);
    await this.dataSource.transaction(async (em) => {
      await em.query(`DELETE FROM teams WHERE id = $1`, [id]);
      await this.audit.record(actor, { action: AUDIT_ACTIONS.teamDelete, targetType: 'team', targetId: id, before }, em);
    });
  }

  /** A webhook or chat robot for the team; the admin owns it. The webhook secret is in this answer only. */
  async createEndpoint(
    actor: AuditActor,
    teamId: string,
    input: Omit<WebhookEndpointInput, 'subscriptionId'>,
  ): Promise<{ endpoint: WebhookEndpointView; secret: string | null }> {
    await this.get(teamId);
    const created = await this.endpoints.createForTeam(actor.id, teamId, input);
    await this.audit.record(actor, {
      action: AUDIT_ACTIONS.teamWebhookCreate,
      targetType: 'webhook',
      targetId: created.endpoint.id,
      after: { teamId, kind: input.kind, url: created.endpoint.url },
    });
    return created;
  }

  private async check(em: EntityManager, memberIds: string[], subscriptionIds: string[]): Promise<void> {
    const [{ members }] = await em.query<Array<{ members: number }>>(
      `SELECT count(*)::int AS members FROM members WHERE id = ANY ($1::uuid[])`,
      [memberIds],
    );
    if (members !== new Set(memberIds).size) throw new ValidationError([{ field: 'memberIds', message: 'unknown member' }]);
    if (!subscriptionIds.length) return;
    const [{ subs }] = await em.query<Array<{ subs: number }>>(
      `SELECT count(*)::int AS subs FROM subscriptions WHERE id = ANY ($1::uuid[]) AND member_id = ANY ($2::uuid[])`,
      [subscriptionIds, memberIds],
    );
    if (subs !== new Set(subscriptionIds).size)
      throw new ValidationError([{ field: 'subscriptionIds', message: "must be subscriptions of the team's members" }]);
  }

  private async setMembers(em: EntityManager, teamId: string, memberIds: string[]): Promise<void> {
    await em.query(`DELETE FROM team_members WHERE team_id = $1 AND NOT (member_id = ANY ($2::uuid[]))`, [teamId, memberIds]);
    await em.query(`INSERT INTO team_members (team_id, member_id) SELECT $1, m FROM unnest($2::uuid[]) AS m ON CONFLICT DO NOTHING`, [
      teamId,
      memberIds,
    ]);
  }

  private query(where: string, params: unknown[]): Promise<TeamView[]> {
    return this.dataSource.query(
      `SELECT t.id, t.name, t.subscription_ids AS "subscriptionIds", t.created_at AS "createdAt",
              COALESCE((SELECT json_agg(json_build_object('id', m.id, 'email', m.email) ORDER BY m.email)
                          FROM team_members tm JOIN members m ON m.id = tm.member_id WHERE tm.team_id = t.id), '[]') AS members,
              ARRAY(SELECT e.id FROM webhook_endpoints e WHERE e.team_id = t.id ORDER BY e.created_at) AS "endpointIds"
         FROM teams t ${where} ORDER BY t.name`,
      params,
    );
  }
}
