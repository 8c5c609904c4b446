import type { EntityManager } from 'typeorm';
import { queryPrepared } from '@app/database';
import type { MatchedRecipient } from '../deliveries/delivery-ledger.service';

/**
 * The `team` ledger rows one bulletin's matches call for: a member of a team with an enabled
 * endpoint, matched by a subscription the team takes (all of them when it names none). Instant,
 * whatever the subscription's frequency: a team's group follows the flow of notices.
 */
export async function teamRecipients(
  em: EntityManager,
  matches: Array<{ memberId: string; subscriptionId: string }>,
): Promise<MatchedRecipient[]> {
  if (!matches.length) return [];
  const rows: Array<{ member_id: string }> = await queryPrepared(
    em,
    `SELECT DISTINCT r.member_id
       FROM unnest($1::uuid[], $2::uuid[]) AS r(member_id, subscription_id)
       JOIN team_members tm ON tm.member_id = r.member_id
       JOIN teams t ON t.id = tm.team_id
      WHERE (cardinality(t.subscription_ids) = 0 OR r.subscription_id = ANY (t.subscription_ids))
        AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.team_id = t.id AND e.disabled_at IS NULL)`,
    [matches.map((m) => m.memberId), matches.map((m) => m.subscriptionId)],
  );
  // A team's robot is told of live tenders only, as a subscription without includeExpired.
  return rows.map((r) => ({ memberId: r.member_id, frequency: 'instant', channels: ['team'], onlyBeforeDeadline: true }));
}
