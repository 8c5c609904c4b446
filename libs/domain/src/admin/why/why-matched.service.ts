import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError } from '../../shared/domain.errors';
import { explainMatch, type MatchExplanation } from './explain-match';
import {
  type WhyBulletin,
  type WhyMatchRow,
  type WhyMember,
  WhyMatchedRepository,
  type WhyNotificationRow,
  type WhySubscription,
} from './why-matched.repository';

export type Deduplication =
  { reason: 'cross_source_duplicate'; canonicalId: string } | { reason: 'already_notified'; otherSubscriptionIds: string[] };

export interface MatchOutcome {
  /** Whose rows were read: the canonical bulletin when this one is a cross-source duplicate. */
  bulletinId: string;
  match: { at: Date; hits: string[] } | null;
  notifications: Array<WhyNotificationRow & { heldReason: string | null }>;
  deduplicated: Deduplication | null;
  /** What else explains the outcome: withdrawn, not matched yet, changed since, channel off… */
  notes: string[];
}

export interface WhyResult {
  subscription: { id: string; name: string; memberId: string };
  explanation: MatchExplanation;
  outcome: MatchOutcome;
}

export interface WhyReport {
  bulletin: Omit<WhyBulletin, 'titleMatch' | 'bodyMatch'>;
  member: WhyMember;
  results: WhyResult[];
}

/** Why (not) matched: the pure explanation plus what matching and delivery actually wrote. */
@Injectable()
export class WhyMatchedService {
  constructor(private readonly rows: WhyMatchedRepository) {}

  async explain(query: { bulletinId: string; subscriptionId?: string; memberId?: string }): Promise<WhyReport> {
    if (!query.subscriptionId === !query.memberId) {
      throw new ValidationError([{ field: 'subscriptionId', message: 'give either subscriptionId or memberId (with bulletinId)' }]);
    }
    const bulletin = await this.rows.bulletin(query.bulletinId);
    if (!bulletin) throw new NotFoundError('Bulletin');
    const subscriptions = await this.rows.subscriptions(
      query.subscriptionId ? { subscriptionId: query.subscriptionId } : { memberId: query.memberId! },
    );
    if (query.subscriptionId && !subscriptions.length) throw new NotFoundError('Subscription');
    const member = await this.rows.member(query.memberId ?? subscriptions[0].memberId);
    if (!member) throw new NotFoundError('Member');

    // A cross-source duplicate is never matched itself; the member heard of it through the canonical row.
    const outcomeId = bulletin.canonicalId ?? bulletin.id;
    const [matches, notifications] = await Promise.all([
      this.rows.matches(member.id, outcomeId),
      this.rows.notifications(member.id, outcomeId),
    ]);
    const outcomeBulletin = bulletin.canonicalId ? await this.rows.bulletin(bulletin.canonicalId) : bulletin;

    const { titleMatch: _t, bodyMatch: _b, ...summary } = bulletin;
    return {
      bulletin: summary,
      member,
      results: subscriptions.map((s) => {
        const explanation = explainMatch(s, bulletin);
        const outcome = outcomeFor(s, explanation, {
          bulletin,
          outcomeBulletin: outcomeBulletin ?? bulletin,
          member,
          matches,
          notifications,
        });
        return { subscription: { id: s.id, name: s.name, memberId: s.memberId }, explanation, outcome };
      }),
    };
  }
}

interface OutcomeRows {
  bulletin: WhyBulletin;
  outcomeBulletin: WhyBulletin;
  member: WhyMember;
  matches: WhyMatchRow[];
  notifications: WhyNotificationRow[];
}

/** Reads the ledger for one subscription; exported for unit tests. */
export function outcomeFor(s: WhySubscription, e: MatchExplanation, rows: OutcomeRows): MatchOutcome {
  const { bulletin, outcomeBulletin, member } = rows;
  const own = rows.matches.find((m) => m.subscriptionId === s.id) ?? null;
  const others = rows.matches.filter((m) => m.subscriptionId !== s.id).map((m) => m.subscriptionId);
  const notes: string[] = [];
  let deduplicated: Deduplication | null = null;

  if (bulletin.canonicalId) deduplicated = { reason: 'cross_source_duplicate', canonicalId: bulletin.canonicalId };
  else if (own && others.length) deduplicated = { reason: 'already_notified', otherSubscriptionIds: others };
  if (deduplicated?.reason === 'cross_source_duplicate')
    notes.push(`a cross-source duplicate of ${bulletin.canonicalId}: members are told about the canonical bulletin only`);
  if (deduplicated?.reason === 'already_notified')
    notes.push('one notification per member, bulletin and channel: other subscriptions of the member caught it too');
  if (outcomeBulletin.withdrawnAt) notes.push(`withdrawn at ${iso(outcomeBulletin.withdrawnAt)}: no further notifications`);

  if (own && e.filter === 'no_match') {
    notes.push(
      s.updatedAt > own.createdAt
        ? `matched at ${iso(own.createdAt)}, before the subscription changed at ${iso(s.updatedAt)}`
        : 'matched, although the current filter does not catch it',
    );
  }
  if (!own && e.verdict === 'match' && !outcomeBulletin.withdrawnAt) {
    const matchedAt = outcomeBulletin.matchedAt;
    if (!matchedAt) notes.push('the bulletin has not been matched yet');
    else if (s.createdAt > matchedAt)
      notes.push(`the subscription was created after the bulletin was matched (${iso(matchedAt)}); matching is not retroactive`);
    else if (s.updatedAt > matchedAt)
      notes.push(`the subscription changed after the bulletin was matched (${iso(matchedAt)}); matching is not retroactive`);
    else notes.push('the filter catches it now but no match was recorded');
  }

  // Notifications are per member and bulletin, so they show whichever subscription brought them.
  const notifications =
    own || others.length
      ? rows.notifications.map(({ ledgerReason, ...n }) => ({
          ...n,
          heldReason: n.delivery?.status === 'held' ? n.delivery.error : (ledgerReason ?? null),
        }))
      : [];
  if (!own && others.length) notes.push(`not caught by this subscription; the member heard of it through ${others.join(', ')}`);
  if (own) {
    for (const channel of s.channels) {
      const n = notifications.find((x) => x.channel === channel);
      if (!n) notes.push(`${channel}: no notification, ${whyNoNotification(channel, member)}`);
      else if (n.status === 'suppressed' && n.heldReason === 'deadline_passed')
        notes.push(`${channel}: held back, the bid deadline had passed (the subscription does not ask for expired tenders)`);
      else if (n.status === 'suppressed')
        notes.push(`${channel}: notification suppressed (unsubscribed, suspended or withdrawn before it went out)`);
    }
  }
  return { bulletinId: outcomeBulletin.id, match: own ? { at: own.createdAt, hits: own.hits } : null, notifications, deduplicated, notes };
}

function whyNoNotification(channel: 'email' | 'sms', m: WhyMember): string {
  if (m.status !== 'active') return `the member is ${m.status}`;
  if (channel === 'email') {
    if (!m.emailEnabled) return 'the member turned email off (unsubscribed)';
    if (m.emailBouncedAt) return `the address bounced at ${iso(m.emailBouncedAt)}`;
    return 'the member could not receive email when it matched';
  }
  if (!m.smsEnabled) return 'the member has SMS turned off';
  if (!m.phoneVerifiedAt) return 'the phone number is not verified';
  if (!m.consentAt) return 'the member has not consented to alerts';
  return 'the member could not receive SMS when it matched';
}

function iso(d: Date | string): string {
  return new Date(d).toISOString();
}
