import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Delivery, localParts } from '@app/domain';
import { MessageContentRepository } from '@app/domain/worker';
import { regionPath } from '@app/regions';
import type { ChannelBulletin, ChannelMessageModel } from '../webhooks/channel-bulletin';

type ComposedDelivery = Pick<Delivery, 'id' | 'memberId' | 'kind'>;

/**
 * The model of one delivery for the channels beyond email (webhooks, robots, WeChat): the window's
 * bulletins, newest first, each with the member's subscriptions it matched. Three statements.
 */
@Injectable()
export class ChannelComposer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly content: MessageContentRepository,
  ) {}

  async compose(delivery: ComposedDelivery, bulletinIds: string[], now = new Date()): Promise<ChannelMessageModel> {
    const [members, bulletins, matches] = await Promise.all([
      this.content.members([delivery.memberId]),
      this.content.bulletins(bulletinIds),
      this.content.matches([delivery.memberId], bulletinIds),
    ]);
    const timezone = members[0]?.timezone ?? 'Asia/Shanghai';
    const byBulletin = new Map<string, ChannelBulletin['matched']>();
    for (const m of matches)
      byBulletin.set(m.bulletin_id, [
        ...(byBulletin.get(m.bulletin_id) ?? []),
        { subscriptionId: m.subscription_id, subscriptionName: m.name, hits: m.hits },
      ]);
    const publicUrl = this.config.http.publicUrl;
    return {
      deliveryId: delivery.id,
      kind: delivery.kind,
      periodLabel: periodLabel(delivery.kind, timezone, now),
      inboxUrl: `${publicUrl}/app/inbox`,
      bulletins: bulletins.map((b) => ({
        id: b.id,
        title: b.title,
        url: b.url ?? `${publicUrl}/app/bulletins/${b.id}`,
        category: b.category,
        regionCode: b.region_code,
        regionName: b.region_code
          ? regionPath(b.region_code)
              .map((r) => r.name)
              .join(' ') || null
          : null,
        budgetYuan: b.budget_yuan === null ? null : Number(b.budget_yuan),
        publishedAt: b.published_at ? new Date(b.published_at).toISOString() : null,
        deadlineAt: b.deadline_at ? new Date(b.deadline_at).toISOString() : null,
        matched: byBulletin.get(b.id) ?? [],
      })),
    };
  }
}

function periodLabel(kind: Delivery['kind'], timezone: string, now: Date): string {
  const md = (d: Date) => {
    const p = localParts(d, timezone);
    const [, m, day] = p.date.split('-').map(Number);
    return `${m}月${day}日`;
  };
  if (kind === 'weekly') return `${md(new Date(now.getTime() - 6 * 86400_000))}–${md(now)}`;
  if (kind === 'daily') return md(now);
  const p = localParts(now, timezone);
  return `${md(now)} ${String(p.hour).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`;
}
