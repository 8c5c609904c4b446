import { SUBSCRIPTION_FREQUENCIES } from '../subscriptions/subscription-input';
import type { Channel } from '../subscriptions/subscription.entity';

// Notifications are indexed by bulletin, not by member (see NotificationsKeyedByBulletin): a
// member's rows are reached through the three indexes that hold them between them. These
// fragments keep every member-scoped statement on those indexes; `m` is the member parameter.

const FREQUENCY_LIST = SUBSCRIPTION_FREQUENCIES.map((f) => `'${f}'`).join(', ');

/** The member's pending rows, as the frequency-led pending index can find them. */
export const memberPending = (m: string): string => `status = 'pending' AND frequency IN (${FREQUENCY_LIST}) AND member_id = ${m}`;

/** The member's suppressed rows (their own small index). */
export const memberSuppressed = (m: string): string => `status = 'suppressed' AND member_id = ${m}`;

/**
 * The member's rows carried by a delivery, through the member's deliveries. Their ids are made an
 * array first, so each is one probe of the delivery index whatever the planner guesses of the join;
 * IS NOT NULL names the partial index's condition, which the planner cannot prove from the array.
 */
export const memberDelivered = (m: string): string =>
  `delivery_id IS NOT NULL AND delivery_id = ANY(ARRAY(SELECT id FROM deliveries WHERE member_id = ${m}))`;

/**
 * The member's rows in a delivery not tried yet or held (an open instant window, SMS quiet
 * hours), on one channel or all: queued as much as pending ones are, so whatever stops pending
 * rows stops these too. The channel is the delivery's (a plain condition on the notification lets
 * the planner prefer a scan of the unique key).
 */
export const memberWaiting = (m: string, channel?: Channel): string =>
  `status = 'assigned' AND delivery_id IS NOT NULL AND delivery_id = ANY(ARRAY(SELECT id FROM deliveries WHERE member_id = ${m} AND status IN ('pending', 'held')${
    channel ? ` AND channel = '${channel}'` : ''
  }))`;

/**
 * Every row of the member, as three conditions in the order a row can move between them (pending,
 * then carried by a delivery, then suppressed): statements run one after another in this order
 * catch a row a sender moves on meanwhile.
 */
export const memberRowsInStateOrder = (m: string): string[] => [memberPending(m), memberDelivered(m), memberSuppressed(m)];
