import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Delivery, followToken, hitSummary, localParts, type MatchHitDetail, notRelevantToken, signToken } from '@app/domain';
import {
  MessageBulletin,
  MessageContentRepository,
  MessageFollowNotice,
  MessageMatch,
  MessageMember,
  MessageWatchNotice,
} from '@app/domain/worker';
import type { AlertBulletin, AlertEmailModel } from '../email/alert-email-model';
import { regionPath } from '@app/regions';

/** Unsubscribe and pause links carry a signed token and need no login (see apps/api/src/unsubscribe). */
export function unsubscribeLink(config: AppConfig, memberId: string, subscriptionId?: string): string {
  const token = signToken('unsubscribe', subscriptionId ? { m: memberId, s: subscriptionId } : { m: memberId }, config.auth.linkSecret);
  return `${config.http.publicUrl}/u/${token}`;
}

/** The 不相关 link of one bulletin: a page that asks, then records the mark (apps/api/src/not-relevant-link). */
export function notRelevantLink(config: AppConfig, memberId: string, bulletinId: string): string {
  return `${config.http.publicUrl}/nr/${notRelevantToken(memberId, bulletinId, config.auth.linkSecret)}`;
}

/** Rows by a key, each list in the rows' order (Map.groupBy comes with Node 21; this runs on 20). */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

type ComposedDelivery = Pick<Delivery, 'id' | 'memberId' | 'kind' | 'channel'>;

/**
 * Builds the model of one alert or digest from Postgres: bulletins grouped by the member's
 * subscriptions that caught them, each bulletin once, newest first, capped.
 */
@Injectable()
export class AlertComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly content: MessageContentRepository,
  ) {}

  async compose(delivery: ComposedDelivery, bulletinIds: string[]): Promise<AlertEmailModel & { memberTimezone: string }> {
    const [model] = await this.composeMany([{ delivery, bulletinIds }]);
    return model;
  }

  /**
   * The models of many messages from a fixed number of statements, in the order given. Which
   * bulletins each message shows (newest first, capped) is settled from their order alone, so the
   * rest of the content is read for shown bulletins only: a digest often carries more than it shows.
   */
  async composeMany(
    items: Array<{ delivery: ComposedDelivery; bulletinIds: string[] }>,
  ): Promise<Array<AlertEmailModel & { memberTimezone: string }>> {
    const memberIds = [...new Set(items.map((i) => i.delivery.memberId))];
    const allIds = [...new Set(items.flatMap((i) => i.bulletinIds))];
    const max = this.config.delivery.digestMaxItems;
    // The order is asked apart only when some message carries more than it shows (a big digest):
    // otherwise every bulletin is shown, and the bulletins themselves come newest first.
    const capped = items.some((i) => new Set(i.bulletinIds).size > max);
    const [order, members] = await Promise.all([capped ? this.content.bulletinOrder(allIds) : null, this.content.members(memberIds)]);
    const ranked = order && this.listed(items, order);
    const shownIds = ranked ? [...new Set(ranked.flatMap((l) => l.shown))] : allIds;
    // Rows of a kind are read only for the members that have any (most have none of these).
    const having = (flag: 'has_follows' | 'has_follow_notices' | 'has_watch_notices' | 'has_unknown') =>
      new Set(members.filter((m) => m[flag]).map((m) => m.id));
    const [withFollows, withFollowNotices, withWatchNotices, withUnknown] = [
      having('has_follows'),
      having('has_follow_notices'),
      having('has_watch_notices'),
      having('has_unknown'),
    ];
    const [bulletins, matches, unknown, follows, followed, watches] = await Promise.all([
      this.content.bulletins(shownIds),
      this.content.matches(memberIds, shownIds),
      this.content.unknownSinceLastSent(items.map((i) => i.delivery).filter((d) => withUnknown.has(d.memberId))),
      withFollowNotices.size ? this.content.followNotices([...withFollowNotices], shownIds) : [],
      withFollows.size ? this.content.followedProjects([...withFollows]) : [],
      withWatchNotices.size ? this.content.watchNotices([...withWatchNotices], shownIds) : [],
    ]);
    const listed =
      ranked ??
      this.listed(
        items,
        bulletins.map((b) => b.id),
      );
    const followsOf = groupBy(follows, (r) => r.member_id);
    const followedOf = groupBy(followed, (r) => r.member_id);
    const watchesOf = groupBy(watches, (r) => r.member_id);
    const matchesByMember = groupBy(matches, (r) => r.member_id);
    const memberById = new Map(members.map((m) => [m.id, m]));
    const bulletinById = new Map(bulletins.map((b) => [b.id, b]));
    return items.map(({ delivery }, i) => {
      const { shown, more } = listed[i];
      const own = new Set(shown);
      return this.model(
        delivery,
        memberById.get(delivery.memberId)!,
        shown.map((id) => bulletinById.get(id)).filter((b): b is MessageBulletin => b !== undefined),
        more,
        (matchesByMember.get(delivery.memberId) ?? []).filter((m) => own.has(m.bulletin_id)),
        unknown.get(delivery.id) ?? 0,
        {
          follows: (followsOf.get(delivery.memberId) ?? []).filter((f) => own.has(f.bulletin_id)),
          followedProjects: new Set((followedOf.get(delivery.memberId) ?? []).map((f) => f.project_id)),
          watches: (watchesOf.get(delivery.memberId) ?? []).filter((w) => own.has(w.bulletin_id)),
        },
      );
    });
  }

  /**
   * Which bulletins each message shows, newest first and capped, from the order of them all;
   * an id missing from the order (a bulletin gone since) is left out.
   */
  private listed(items: Array<{ bulletinIds: string[] }>, order: string[]): Array<{ shown: string[]; more: number }> {
    const rank = new Map(order.map((id, i) => [id, i]));
    const max = this.config.delivery.digestMaxItems;
    return items.map(({ bulletinIds }) => {
      const ordered = [...new Set(bulletinIds)].filter((id) => rank.has(id)).sort((a, b) => rank.get(a)! - rank.get(b)!);
      return { shown: ordered.slice(0, max), more: Math.max(0, ordered.length - max) };
    });
  }

  private model(
    delivery: ComposedDelivery,
    member: MessageMember,
    shown: MessageBulletin[],
    moreCount: number,
    matches: MessageMatch[],
    unknownCount: number,
    reasons: { follows: MessageFollowNotice[]; followedProjects: Set<string>; watches: MessageWatchNotice[] },
  ): AlertEmailModel & { memberTimezone: string } {
    const shownIds = new Set(shown.map((b) => b.id));
    const bySubscription = new Map<string, { subscription: { id: string; name: string; keywords: string[] }; bulletinIds: string[] }>();
    const perBulletin = new Map<string, { hits: Set<string>; names: string[]; details: MatchHitDetail[] }>();
    for (const m of matches) {
      if (!shownIds.has(m.bulletin_id)) continue;
      const group = bySubscription.get(m.subscription_id) ?? {
        subscription: { id: m.subscription_id, name: m.name, keywords: m.keywords },
        bulletinIds: [],
      };
      group.bulletinIds.push(m.bulletin_id);
      bySubscription.set(m.subscription_id, group);
      const b = perBulletin.get(m.bulletin_id) ?? { hits: new Set<string>(), names: [], details: [] };
      b.details.push(...m.hit_details);
      m.hits.forEach((h) => b.hits.add(h));
      b.names.push(m.name);
      perBulletin.set(m.bulletin_id, b);
    }
    const order = new Map(shown.map((b, i) => [b.id, i]));
    for (const g of bySubscription.values()) g.bulletinIds.sort((a, b) => order.get(a)! - order.get(b)!);

    // Notices that reached the member because they follow the project, and through watched organisations.
    const changesOf = new Map(reasons.follows.map((f) => [f.bulletin_id, f.changes]));
    const followIds = shown.filter((b) => changesOf.has(b.id)).map((b) => b.id);
    const followGroup = followIds.length
      ? [{ subscription: { id: 'follow', name: '关注的项目', keywords: [] as string[] }, bulletinIds: followIds }]
      : [];
    const watchGroups = new Map<string, { subscription: { id: string; name: string; keywords: string[] }; bulletinIds: string[] }>();
    for (const w of reasons.watches) {
      if (!shownIds.has(w.bulletin_id)) continue;
      const g = watchGroups.get(w.watch_id) ?? {
        subscription: { id: `watch:${w.watch_id}`, name: `关注的单位：${w.name}`, keywords: [] },
        bulletinIds: [],
      };
      g.bulletinIds.push(w.bulletin_id);
      watchGroups.set(w.watch_id, g);
    }

    const model: AlertEmailModel = {
      kind: delivery.kind,
      member: { displayName: member.display_name, email: member.email },
      periodLabel: this.periodLabel(delivery.kind, member.timezone),
      groups: [...followGroup, ...watchGroups.values(), ...bySubscription.values()],
      bulletins: Object.fromEntries(
        shown.map((b) => [
          b.id,
          {
            ...this.toAlertBulletin(b, perBulletin.get(b.id), notRelevantLink(this.config, member.id, b.id)),
            changes: changesOf.get(b.id) ?? [],
            followUrl:
              b.project_id && !reasons.followedProjects.has(b.project_id)
                ? `${this.config.http.publicUrl}/f/${followToken(member.id, b.project_id, this.config.auth.linkSecret)}`
                : null,
          },
        ]),
      ),
      moreCount,
      moreUrl: `${this.config.http.publicUrl}/app/inbox`,
      manageUrl: `${this.config.http.publicUrl}/app/subscriptions`,
      unsubscribeUrl: unsubscribeLink(this.config, member.id),
      pauseUrls: Object.fromEntries([...bySubscription.keys()].map((id) => [id, unsubscribeLink(this.config, member.id, id)])),
      // A message whose fate SMTP left unknown is not resent; the next one says so instead.
      unknownNotice: unknownCount ? `上次有 ${unknownCount} 条标讯的发送状态未知，请在收件箱中查看` : null,
      timezone: member.timezone,
    };
    return { ...model, memberTimezone: member.timezone };
  }

  private toAlertBulletin(
    b: MessageBulletin,
    m: { hits: Set<string>; names: string[]; details: MatchHitDetail[] } | undefined,
    notRelevantUrl: string,
  ): AlertBulletin {
    const { hitPlaces, hitSentence } = hitSummary(m?.details);
    return {
      id: b.id,
      title: b.title,
      url: b.url,
      regionName: b.region_code
        ? regionPath(b.region_code)
            .map((r) => r.name)
            .join(' ') || null
        : null,
      category: b.category,
      stage: b.stage,
      publishedAt: b.published_at,
      budgetYuan: b.budget_yuan === null ? null : Number(b.budget_yuan),
      deadlineAt: b.deadline_at,
      winners: b.winners,
      awardYuan: b.award_yuan === null ? null : Number(b.award_yuan),
      hits: [...(m?.hits ?? [])],
      subscriptionNames: m?.names ?? [],
      snippet: b.body.replace(/\s+/g, ' ').slice(0, 160),
      notRelevantUrl,
      titleHit: hitPlaces[0] === 'title',
      hitSentence,
    };
  }

  private periodLabel(kind: Delivery['kind'], timezone: string): string {
    const now = new Date();
    const md = (d: Date) => {
      const [, m, day] = localParts(d, timezone).date.split('-').map(Number);
      return `${m}月${day}日`;
    };
    return kind === 'weekly' ? `${md(new Date(now.getTime() - 6 * 86400_000))}–${md(now)}` : md(now);
  }
}
