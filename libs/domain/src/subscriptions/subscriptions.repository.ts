import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Subscription } from './subscription.entity';
import type { SubscriptionInput } from './subscription-input';

/** Every method is scoped by member: another member's id behaves like one that does not exist. */
@Injectable()
export class SubscriptionsRepository {
  constructor(@InjectRepository(Subscription) private readonly subscriptions: Repository<Subscription>) {}

  listForMember(memberId: string): Promise<Subscription[]> {
    return this.subscriptions.find({ where: { memberId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Matches per subscription since `since` (ix_matches_member_created); absent means none. */
  async matchCountsSince(memberId: string, since: Date): Promise<Map<string, number>> {
    const rows: Array<{ id: string; n: number }> = await this.subscriptions.query(
      `SELECT subscription_id AS id, count(*)::int AS n FROM matches WHERE member_id = $1 AND created_at >= $2 GROUP BY subscription_id`,
      [memberId, since],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  findForMember(memberId: string, id: string): Promise<Subscription | null> {
    return this.subscriptions.findOneBy({ id, memberId });
  }

  countForMember(manager: EntityManager, memberId: string): Promise<number> {
    return manager.getRepository(Subscription).countBy({ memberId });
  }

  insert(manager: EntityManager, memberId: string, input: SubscriptionInput): Promise<Subscription> {
    const repo = manager.getRepository(Subscription);
    return repo.save(repo.create({ ...input, memberId }));
  }

  /** updated_at moves on every change: the matcher's change feed and caches key on it. */
  async update(memberId: string, id: string, input: SubscriptionInput): Promise<boolean> {
    const result = await this.subscriptions.update({ id, memberId }, { ...input, updatedAt: () => 'now()' });
    return (result.affected ?? 0) > 0;
  }

  /** Pausing twice keeps the first pause time; resuming clears it. */
  async setPaused(memberId: string, id: string, paused: boolean): Promise<boolean> {
    const result = await this.subscriptions.update(
      { id, memberId },
      { pausedAt: paused ? () => 'COALESCE(paused_at, now())' : null, updatedAt: () => 'now()' },
    );
    return (result.affected ?? 0) > 0;
  }

  /**
   * Its matches go with it, found through the member index: matches are keyed by bulletin, so no
   * foreign key cascades from here. The subscription row goes first: a match job holding its
   * key-share lock is waited for, and the second statement then sees what that job wrote.
   */
  delete(memberId: string, id: string): Promise<boolean> {
    return this.subscriptions.manager.transaction(async (em) => {
      const result = await em.delete(Subscription, { id, memberId });
      if (!result.affected) return false;
      await em.query(`DELETE FROM matches WHERE member_id = $1 AND subscription_id = $2`, [memberId, id]);
      return true;
    });
  }
}
