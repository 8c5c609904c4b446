import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../shared/domain.errors';
import { type FeedEntryRow, SubscriptionFeedsRepository } from './subscription-feeds.repository';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

// A feed reader polls; this many entries cover a busy subscription's last days.
const FEED_ENTRIES = 50;

/** Private Atom feeds: one revocable token per subscription; only its hash is stored. */
@Injectable()
export class SubscriptionFeedsService {
  constructor(private readonly feeds: SubscriptionFeedsRepository) {}

  /** A new token for the subscription's feed (shown once); any earlier token stops working. */
  async issue(memberId: string, subscriptionId: string): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    if (!(await this.feeds.setToken(memberId, subscriptionId, hashOf(token)))) throw new NotFoundError('Subscription');
    return token;
  }

  async revoke(memberId: string, subscriptionId: string): Promise<void> {
    if (!(await this.feeds.subscriptionOwned(memberId, subscriptionId))) throw new NotFoundError('Subscription');
    await this.feeds.revoke(memberId, subscriptionId);
  }

  /** The feed behind a token; a revoked or made-up token is simply not found. */
  async read(token: string): Promise<{ subscription: { id: string; name: string; updatedAt: Date }; entries: FeedEntryRow[] }> {
    const subscription = /^[A-Za-z0-9_-]{20,64}$/.test(token) ? await this.feeds.byTokenHash(hashOf(token)) : null;
    if (!subscription) throw new NotFoundError('Feed');
    return {
      subscription: { id: subscription.id, name: subscription.name, updatedAt: subscription.updated_at },
      entries: await this.feeds.entries(subscription.id, FEED_ENTRIES),
    };
  }
}
