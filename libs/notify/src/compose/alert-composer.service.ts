import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Delivery, localParts, signToken } from '@app/domain';
import type { AlertBulletin, AlertEmailModel } from '../email/alert-email-model';
import { regionPath } from '@app/regions';

interface MemberRow { id: string; email: string; display_name: string | null; timezone: string }
interface BulletinRow { id: string; title: string; url: string | null; region_code: string | null; category: string; published_at: Date | null; budget_yuan: string | null; deadline_at: Date | null; body: string }
interface MatchRow { bulletin_id: string; subscription_id: string; name: string; keywords: string[]; hits: string[] }

/** Unsubscribe and pause links carry a signed token and need no login (see apps/api/src/unsubscribe). */
export function unsubscribeLink(config: AppConfig, memberId: string, subscriptionId?: string): string {
  const token = signToken('unsubscribe', subscriptionId ? { m: memberId, s: subscriptionId } : { m: memberId }, config.auth.linkSecret);
  return `${config.http.publicUrl}/u/${token}`;
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
      `SELECT id, title, url, region_code, category, published_at, budget_yuan::text, deadline_at, left(body, 600) AS body
         FROM bulletins WHERE id = ANY($1::uuid[]) ORDER BY published_at DESC NULLS LAST, ingested_at DESC`,
      [bulletinIds],
    );
    const matches: MatchRow[] = await this.dataSource.query(
      `SELECT m.bulletin_id, m.subscription_id, s.name, s.keywords, m.hits
         FROM matches m JOIN subscriptions s ON s.id = m.subscription_id
        WHERE m.member_id = $1 AND m.bulletin_id = ANY($2::uuid[]) ORDER BY s.created_at`,
      [delivery.memberId, bulletinIds],
    );

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
    const order = new Map(shown.map((b, i) => [b.id, i]));
    for (const g of bySubscription.values()) g.bulletinIds.sort((a, b) => order.get(a)! - order.get(b)!);

    const model: AlertEmailModel = {
      kind: delivery.kind,
      member: { displayName: member.display_name, email: member.email },
      periodLabel: this.periodLabel(delivery.kind, member.timezone),
      groups: [...bySubscription.values()],
      bulletins: Object.fromEntries(shown.map((b) => [b.id, this.toAlertBulletin(b, perBulletin.get(b.id))])),
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

  private toAlertBulletin(b: BulletinRow, m?: { hits: Set<string>; names: string[] }): AlertBulletin {
    return {
      id: b.id,
      title: b.title,
      url: b.url,
      regionName: b.region_code ? regionPath(b.region_code).map((r) => r.name).join(' ') || null : null,
      category: b.category,
      publishedAt: b.published_at,
      budgetYuan: b.budget_yuan === null ? null : Number(b.budget_yuan),
      deadlineAt: b.deadline_at,
      hits: [...(m?.hits ?? [])],
      subscriptionNames: m?.names ?? [],
      snippet: b.body.replace(/\s+/g, ' ').slice(0, 160),
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
    const [row] = await this.dataSource.query<Array<{ n: number }>>(
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
