import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Delivery, followToken, localParts, notRelevantToken, signToken } from '@app/domain';
import type { AlertBulletin, AlertEmailModel } from '../email/alert-email-model';
import { regionPath } from '@app/regions';

interface MemberRow { id: string; email: string; display_name: string | null; timezone: string }
interface BulletinRow {
  id: string; title: string; url: string | null; region_code: string | null; category: string; stage: string | null; published_at: Date | null;
  budget_yuan: string | null; deadline_at: Date | null; winners: string[]; award_yuan: string | null; body: string;
  project_id: string | null;
}
interface FollowRow { bulletin_id: string; project_id: string; changes: string[] }
interface MatchRow { bulletin_id: string; subscription_id: string; name: string; keywords: string[]; hits: string[] }

/** Unsubscribe and pause links carry a signed token and need no login (see apps/api/src/unsubscribe). */
export function unsubscribeLink(config: AppConfig, memberId: string, subscriptionId?: string): string {
  const token = signToken('unsubscribe', subscriptionId ? { m: memberId, s: subscriptionId } : { m: memberId }, config.auth.linkSecret);
  return `${config.http.publicUrl}/u/${token}`;
}

/** The 不相关 link of one bulletin: a page that asks, then records the mark (apps/api/src/not-relevant-link). */
export function notRelevantLink(config: AppConfig, memberId: string, bulletinId: string): string {
  return `${config.http.publicUrl}/nr/${notRelevantToken(memberId, bulletinId, config.auth.linkSecret)}`;
}

/**
 * Builds the model of one alert or digest from Postgres: bulletins grouped by the member's
 * subscriptions that caught them, each bulletin once, newest first, capped.
 */
@Injectable()
export class AlertComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async compose(delivery: Pick<Delivery, 'id' | 'memberId' | 'kind' | 'channel'>, bulletinIds: string[]): Promise<AlertEmailModel & { memberTimezone: string }> {
    const [member]: MemberRow[] = await this.dataSource.query(`SELECT id, email, display_name, timezone FROM members WHERE id = $1`, [delivery.memberId]);
    const bulletins: BulletinRow[] = await this.dataSource.query(
      `SELECT id, title, url, region_code, category, stage, published_at, budget_yuan::text, deadline_at, winners, award_yuan::text, left(body, 600) AS body, project_id
         FROM bulletins WHERE id = ANY($1::uuid[]) ORDER BY published_at DESC NULLS LAST, ingested_at DESC`,
      [bulletinIds],
    );
    const matches: MatchRow[] = await this.dataSource.query(
      `SELECT m.bulletin_id, m.subscription_id, s.name, s.keywords, m.hits
         FROM matches m JOIN subscriptions s ON s.id = m.subscription_id
        WHERE m.member_id = $1 AND m.bulletin_id = ANY($2::uuid[]) ORDER BY s.created_at`,
      [delivery.memberId, bulletinIds],
    );

    // Notices that reached the member because they follow the project (see FollowRecipients).
    const followed: FollowRow[] = await this.dataSource.query(
      `SELECT bulletin_id, project_id, changes FROM follow_notices WHERE member_id = $1 AND bulletin_id = ANY($2::uuid[])`,
      [delivery.memberId, bulletinIds],
    );
    const following: Array<{ project_id: string }> = await this.dataSource.query(`SELECT project_id FROM project_follows WHERE member_id = $1`, [delivery.memberId]);
    const followedProjects = new Set(following.map((f) => f.project_id));
    const changesOf = new Map(followed.map((f) => [f.bulletin_id, f.changes]));

    const shown = bulletins.slice(0, this.config.delivery.digestMaxItems);
    const shownIds = new Set(shown.map((b) => b.id));
    const bySubscription = new Map<string, { subscription: { id: string; name: string; keywords: string[] }; bulletinIds: string[] }>();
    const perBulletin = new Map<string, { hits: Set<string>; names: string[] }>();
    for (const m of matches) {
      if (!shownIds.has(m.bulletin_id)) continue;
      const group = bySubscription.get(m.subscription_id) ?? { subscription: { id: m.subscription_id, name: m.name, keywords: m.keywords }, bulletinIds: [] };
      group.bulletinIds.push(m.bulletin_id);
      bySubscription.set(m.subscription_id, group);
      const b = perBulletin.get(m.bulletin_id) ?? { hits: new Set<string>(), names: [] };
      m.hits.forEach((h) => b.hits.add(h));
      b.names.push(m.name);
      perBulletin.set(m.bulletin_id, b);
    }
    const followIds = shown.filter((b) => changesOf.has(b.id)).map((b) => b.id);
    const followGroup = followIds.length ? [{ subscription: { id: 'follow', name: '关注的项目', keywords: [] as string[] }, bulletinIds: followIds }] : [];
    // Notices that reached the member through a watched organisation, one group per watch.
    const watched: Array<{ bulletin_id: string; watch_id: string; name: string; role: string }> = await this.dataSource.query(
      `SELECT n.bulletin_id, n.watch_id, w.name, n.role FROM watch_notices n JOIN party_watches w ON w.id = n.watch_id
        WHERE n.member_id = $1 AND n.bulletin_id = ANY($2::uuid[])`,
      [delivery.memberId, bulletinIds],
    );
    const watchGroups = new Map<string, { subscription: { id: string; name: string; keywords: string[] }; bulletinIds: string[] }>();
    for (const w of watched) {
      if (!shownIds.has(w.bulletin_id)) continue;
      const g = watchGroups.get(w.watch_id) ?? { subscription: { id: `watch:${w.watch_id}`, name: `关注的单位：${w.name}`, keywords: [] }, bulletinIds: [] };
      g.bulletinIds.push(w.bulletin_id);
      watchGroups.set(w.watch_id, g);
    }
    const order = new Map(shown.map((b, i) => [b.id, i]));
    for (const g of bySubscription.values()) g.bulletinIds.sort((a, b) => order.get(a)! - order.get(b)!);

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
            followUrl: b.project_id && !followedProjects.has(b.project_id) ? `${this.config.http.publicUrl}/f/${followToken(member.id, b.project_id, this.config.auth.linkSecret)}` : null,
          },
        ]),
      ),
      moreCount: bulletins.length - shown.length,
      moreUrl: `${this.config.http.publicUrl}/app/inbox`,
      manageUrl: `${this.config.http.publicUrl}/app/subscriptions`,
      unsubscribeUrl: unsubscribeLink(this.config, member.id),
      pauseUrls: Object.fromEntries([...bySubscription.keys()].map((id) => [id, unsubscribeLink(this.config, member.id, id)])),
      unknownNotice: await this.unknownNotice(delivery),
      timezone: member.timezone,
    };
    return { ...model, memberTimezone: member.timezone };
  }

  private toAlertBulletin(b: BulletinRow, m: { hits: Set<string>; names: string[] } | undefined, notRelevantUrl: string): AlertBulletin {
    return {
      id: b.id,
      title: b.title,
      url: b.url,
      regionName: b.region_code ? regionPath(b.region_code).map((r) => r.name).join(' ') || null : null,
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

  // A message whose fate SMTP left unknown is not resent; the next one says so instead.
  private async unknownNotice(d: Pick<Delivery, 'id' | 'memberId' | 'channel'>): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN deliveries d ON d.id = n.delivery_id
        WHERE d.member_id = $1 AND d.channel = $2 AND d.status = 'unknown' AND d.id <> $3
          -- said once: only those since the member's last message that went out
          AND d.updated_at > COALESCE((SELECT max(sent_at) FROM deliveries
                                        WHERE member_id = $1 AND channel = $2 AND status = 'sent' AND id <> $3), '-infinity')`,
      [d.memberId, d.channel, d.id],
    );
    return row.n ? `上次有 ${row.n} 条标讯的发送状态未知，请在收件箱中查看` : null;
  }
}
