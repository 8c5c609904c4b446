import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { memberRowsInStateOrder } from '../deliveries/member-notifications.sql';
import { Member, MemberRole, MemberStatus } from './member.entity';

/** What the JWT guard checks on every request: one primary-key lookup. */
export interface MemberAuthState {
  id: string;
  role: MemberRole;
  status: MemberStatus;
  tokenVersion: number;
}

@Injectable()
export class MembersRepository {
  constructor(@InjectRepository(Member) private readonly members: Repository<Member>) {}

  findById(id: string): Promise<Member | null> {
    return this.members.findOneBy({ id });
  }

  /** `email` must already be normalised (lower-cased, trimmed). */
  findByEmail(email: string): Promise<Member | null> {
    return this.members.findOneBy({ email });
  }

  authState(id: string): Promise<MemberAuthState | null> {
    return this.members.findOne({ where: { id }, select: { id: true, role: true, status: true, tokenVersion: true } });
  }

  /** Inserts unless the email is taken; null when it was (unique index, no race). */
  async insertIfNew(
    data: Pick<Member, 'email' | 'passwordHash'> & Partial<Pick<Member, 'role' | 'emailVerifiedAt'>>,
  ): Promise<Member | null> {
    const result = await this.members.createQueryBuilder().insert().values(data).orIgnore().returning('id').execute();
    const id = (result.raw as Array<{ id: string }>).at(0)?.id;
    return id ? this.findById(id) : null;
  }

  async update(id: string, changes: Partial<Member>): Promise<void> {
    await this.members.update({ id }, changes);
  }

  /** Only if the number is still the one the code was sent to. */
  async markPhoneVerified(id: string, phone: string): Promise<boolean> {
    const result = await this.members.update({ id, phone }, { phoneVerifiedAt: () => 'now()' });
    return (result.affected ?? 0) > 0;
  }

  async bumpTokenVersion(id: string): Promise<void> {
    await this.members.increment({ id }, 'tokenVersion', 1);
  }

  /** Row lock serialising one member's concurrent writes (e.g. plan-limited creates). */
  async lock(manager: EntityManager, id: string): Promise<Member | null> {
    return manager.getRepository(Member).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Tokens, codes, deliveries and the rest go with it by ON DELETE CASCADE; matches and
   * notifications, which carry no foreign keys, are deleted here. Subscriptions go first: a match
   * job holding one of them is waited for before the member row is taken, so that job's member
   * lock cannot wait on this deletion in turn, and the ledger rows it wrote are seen and deleted.
   * The member row is then locked, so no ledger writer or planner adds rows for it, and its
   * notifications are deleted while its deliveries still lead to them: pending first, then those a
   * delivery carries, then suppressed, the order in which a row can change state, so a row a sender
   * moves on meanwhile is caught by the statement after.
   */
  delete(id: string): Promise<boolean> {
    return this.members.manager.transaction(async (em) => {
      await em.query(`DELETE FROM subscriptions WHERE member_id = $1`, [id]);
      const [locked] = await em.query<unknown[]>(`SELECT 1 FROM members WHERE id = $1 FOR UPDATE`, [id]);
      if (!locked) return false;
      for (const rows of memberRowsInStateOrder('$1')) {
        await em.query(`DELETE FROM notifications WHERE ${rows}`, [id]);
      }
      await em.delete(Member, { id });
      await em.query(`DELETE FROM matches WHERE member_id = $1`, [id]);
      return true;
    });
  }
}
