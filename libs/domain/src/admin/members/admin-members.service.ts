import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MemberPlan, MemberStatus } from '../../members/member.entity';
import { DomainError, NotFoundError } from '../../shared/domain.errors';
import { AUDIT_ACTIONS, type AuditActor } from '../audit/audit-actions';
import { AuditTrail } from '../audit/audit-trail.service';
import { AdminMembersRepository, type AdminMemberView } from './admin-members.repository';

/** What the audit log keeps of a member: the fields admins change, never credentials. */
const snapshot = (m: AdminMemberView) => ({ email: m.email, role: m.role, plan: m.plan, status: m.status });

/** Member administration; every change and its audit row commit together. */
@Injectable()
export class AdminMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: AdminMembersRepository,
    private readonly audit: AuditTrail,
  ) {}

  async get(id: string): Promise<AdminMemberView> {
    const member = await this.members.find(id);
    if (!member) throw new NotFoundError('Member');
    return member;
  }

  /**
   * Suspended members cannot sign in, their sessions end at once, the matcher drops their
   * subscriptions (members trigger → change feed) and nothing still pending is sent.
   */
  suspend(actor: AuditActor, id: string): Promise<AdminMemberView> {
    if (actor.id === id) throw new DomainError('conflict', 'cannot_suspend_self', 'An admin cannot suspend their own account');
    return this.setStatus(actor, id, 'suspended');
  }

  /** Matching resumes from now; what arrived while suspended is not sent afterwards. */
  reactivate(actor: AuditActor, id: string): Promise<AdminMemberView> {
    return this.setStatus(actor, id, 'active');
  }

  /** Plan limits apply to the next change; existing subscriptions above a lower limit are kept. */
  setPlan(actor: AuditActor, id: string, plan: MemberPlan): Promise<AdminMemberView> {
    return this.change(actor, id, AUDIT_ACTIONS.memberPlan, (em) => this.members.setPlan(em, id, plan));
  }

  /** Records the request; the caller sends the email (the auth flow's reset link). */
  async recordPasswordReset(actor: AuditActor, id: string): Promise<AdminMemberView> {
    const member = await this.get(id);
    if (member.status !== 'active')
      throw new DomainError('conflict', 'member_suspended', 'A suspended member cannot reset their password; reactivate them first');
    await this.audit.record(actor, {
      action: AUDIT_ACTIONS.memberPasswordReset,
      targetType: 'member',
      targetId: id,
      after: { email: member.email },
    });
    return member;
  }

  private setStatus(actor: AuditActor, id: string, status: MemberStatus): Promise<AdminMemberView> {
    const action = status === 'suspended' ? AUDIT_ACTIONS.memberSuspend : AUDIT_ACTIONS.memberReactivate;
    return this.change(actor, id, action, async (em) => {
      await this.members.setStatus(em, id, status);
      if (status === 'suspended') {
        await this.members.endSessions(em, id);
        return { suppressedNotifications: await this.members.suppressPending(em, id) };
      }
      return {};
    });
  }

  private change(
    actor: AuditActor,
    id: string,
    action: (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS],
    apply: (em: EntityManager) => Promise<object | void>,
  ): Promise<AdminMemberView> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.members.find(id, em, true);
      if (!before) throw new NotFoundError('Member');
      const extra = (await apply(em)) ?? {};
      const after = (await this.members.find(id, em))!;
      await this.audit.record(
        actor,
        { action, targetType: 'member', targetId: id, before: snapshot(before), after: { ...snapshot(after), ...extra } },
        em,
      );
      return after;
    });
  }
}
