import { SUBSCRIPTION_FREQUENCIES } from '../subscriptions/subscription-input';

// Notifications are indexed by bulletin, not by member (see NotificationsKeyedByBulletin): a
// member's rows are reached through the three indexes that hold them between them. These
// fragments keep every member-scoped statement on those indexes; `$m` is the member parameter.

const FREQUENCY_LIST = SUBSCRIPTION_FREQUENCIES.map((f) => `'${f}'`).join(', ');

/** The member's pending rows, as the frequency-led pending index can find them. */
export const memberPending = (m: string, alias = ''): string =>
  `${alias}status = 'pending' AND ${alias}frequency IN (${FREQUENCY_LIST}) AND ${alias}member_id = ${m}`;

/** The member's suppressed rows (their own small index). */
export const memberSuppressed = (m: string, alias = ''): string => `${alias}status = 'suppressed' AND ${alias}member_id = ${m}`;

/**
 * The member's rows carried by a delivery, through the member's deliveries. Their ids are made an
 * array first, so each is one probe of the delivery index whatever the planner guesses of the join.
 */
export const memberDelivered = (m: string, alias = ''): string =>
  `${alias}delivery_id IS NOT NULL AND ${alias}delivery_id = ANY(ARRAY(SELECT id FROM deliveries WHERE member_id = ${m}))`;
