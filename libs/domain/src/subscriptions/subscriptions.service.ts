import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Member } from '../members/member.entity';
import { MembersRepository } from '../members/members.repository';
import { DomainError, NotFoundError, ValidationError } from '../shared/domain.errors';
import { type Channel, Subscription } from './subscription.entity';
import { cleanSubscriptionInput, SUBSCRIPTION_DEFAULTS, SubscriptionInput } from './subscription-input';
import { SubscriptionsRepository } from './subscriptions.repository';

export type NewSubscription = Partial<SubscriptionInput> & { name: string };

// Matching learns about every change through triggers on `subscriptions` (subscription_changes,
// see the SubscriptionChanges migration): nothing to call from here.

/** A member's subscriptions: validated, plan-limited, always scoped to their owner. */
@Injectable()
export class SubscriptionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly members: MembersRepository,
  ) {}

  /** The member's subscriptions, each with how many bulletins it caught in the last `days` days. */
  async listWithRecentMatches(memberId: string, days = 7): Promise<Array<{ subscription: Subscription; recentMatches: number }>> {
    const since = new Date(Date.now() - days * 86_400_000);
    const [subscriptions, counts] = await Promise.all([
      this.subscriptions.listForMember(memberId),
      this.subscriptions.matchCountsSince(memberId, since),
    ]);
    return subscriptions.map((subscription) => ({ subscription, recentMatches: counts.get(subscription.id) ?? 0 }));
  }

  async get(memberId: string, id: string): Promise<Subscription> {
    const subscription = await this.subscriptions.findForMember(memberId, id);
    if (!subscription) throw new NotFoundError('Subscription');
    return subscription;
  }

  async create(memberId: string, draft: NewSubscription): Promise<Subscription> {
    const input = cleanSubscriptionInput({ ...SUBSCRIPTION_DEFAULTS, ...withoutUndefined(draft), name: draft.name });
    await this.checkChannelsReady(memberId, input.channels);
    // The member row lock makes count-then-insert safe against parallel creates.
    const created = await this.dataSource.transaction(async (manager) => {
      const member = await this.members.lock(manager, memberId);
      if (!member) throw new NotFoundError('Member');
      this.checkAllowed(member, input);
      const limit = this.config.plans[member.plan].subscriptions;
      if ((await this.subscriptions.countForMember(manager, memberId)) >= limit) {
        throw new DomainError('limit', 'plan_subscription_limit', `The ${member.plan} plan allows ${limit} subscriptions`);
      }
      return this.subscriptions.insert(manager, memberId, input);
    });
    return this.get(memberId, created.id);
  }

  async update(memberId: string, id: string, changes: Partial<SubscriptionInput>): Promise<Subscription> {
    const current = await this.get(memberId, id);
    const input = cleanSubscriptionInput({ ...inputOf(current), ...withoutUndefined(changes) });
    await this.checkChannelsReady(
      memberId,
      input.channels.filter((c) => !current.channels.includes(c)),
    );
    const member = await this.members.findById(memberId);
    if (!member) throw new NotFoundError('Member');
    this.checkAllowed(member, input);
    if (!(await this.subscriptions.update(memberId, id, input))) throw new NotFoundError('Subscription');
    return this.get(memberId, id);
  }

  async remove(memberId: string, id: string): Promise<void> {
    if (!(await this.subscriptions.delete(memberId, id))) throw new NotFoundError('Subscription');
  }

  async setPaused(memberId: string, id: string, paused: boolean): Promise<Subscription> {
    if (!(await this.subscriptions.setPaused(memberId, id, paused))) throw new NotFoundError('Subscription');
    return this.get(memberId, id);
  }

  /** WeChat needs a bound account, webhook and robot an enabled endpoint of their kind. */
  private async checkChannelsReady(memberId: string, channels: Channel[]): Promise<void> {
    const wanted = channels.filter((c) => c === 'wechat' || c === 'webhook' || c === 'robot');
    if (!wanted.length) return;
    const [ready] = await this.dataSource.query<Array<Record<'wechat' | 'webhook' | 'robot', boolean>>>(
      `SELECT EXISTS (SELECT 1 FROM wechat_bindings WHERE member_id = $1) AS wechat,
              EXISTS (SELECT 1 FROM webhook_endpoints WHERE member_id = $1 AND team_id IS NULL AND disabled_at IS NULL AND kind = 'webhook') AS webhook,
              EXISTS (SELECT 1 FROM webhook_endpoints WHERE member_id = $1 AND team_id IS NULL AND disabled_at IS NULL AND kind <> 'webhook') AS robot`,
      [memberId],
    );
    const how = {
      wechat: 'bind WeChat first (POST /v1/me/wechat/bind)',
      webhook: 'register a webhook first (POST /v1/webhooks)',
      robot: 'register a chat robot first (POST /v1/webhooks)',
    };
    const missing = wanted.filter((c) => !ready[c]);
    if (missing.length)
      throw new ValidationError(
        missing.map((c) => ({ field: 'channels', message: `${c}: ${how[c]}` })),
        'channel_not_available',
      );
  }

  private checkAllowed(member: Member, input: SubscriptionInput): void {
    const limit = this.config.plans[member.plan].keywords;
    if (input.keywords.length > limit) {
      throw new DomainError('limit', 'plan_keyword_limit', `The ${member.plan} plan allows ${limit} keywords per subscription`, [
        { field: 'keywords', message: `at most ${limit} on the ${member.plan} plan` },
      ]);
    }
    if (input.channels.includes('sms') && !member.phoneVerifiedAt) {
      throw new ValidationError(
        [{ field: 'channels', message: 'sms needs a verified phone number (POST /v1/me/phone/code)' }],
        'sms_not_available',
      );
    }
  }
}

function inputOf(s: Subscription): SubscriptionInput {
  const { name, keywords, excludeWords, scope, regions, categories, stages, budgetMin, budgetMax, requireBudget, channels, frequency } = s;
  return {
    name,
    keywords,
    excludeWords,
    scope,
    regions,
    categories,
    stages,
    budgetMin,
    budgetMax,
    requireBudget,
    channels,
    frequency,
    includeExpired: s.includeExpired,
  };
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
