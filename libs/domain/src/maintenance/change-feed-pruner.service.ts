import { Injectable } from '@nestjs/common';
import { ActiveSubscriptionsRepository } from '../subscriptions/active-subscriptions.repository';

/** Workers read only the changes since they loaded their index, so a day of the feed is plenty. */
export const CHANGE_FEED_RETENTION_MS = 24 * 3600_000;

/** Keeps the subscription change feed (the outbox the match workers poll) from growing forever. */
@Injectable()
export class ChangeFeedPruner {
  constructor(private readonly subscriptions: ActiveSubscriptionsRepository) {}

  prune(now = new Date()): Promise<number> {
    return this.subscriptions.pruneChanges(new Date(now.getTime() - CHANGE_FEED_RETENTION_MS));
  }
}
