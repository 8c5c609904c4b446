import type { ChannelMessageModel } from './channel-bulletin';

export const MATCHED_EVENT = 'bulletins.matched';

/**
 * The JSON event a webhook receives: Standard Webhooks' `{ type, timestamp, data }` envelope. Keys
 * are stable API: receivers parse them.
 */
export function renderWebhookEvent(model: ChannelMessageModel, now: Date): string {
  return JSON.stringify({
    type: MATCHED_EVENT,
    timestamp: now.toISOString(),
    data: {
      deliveryId: model.deliveryId,
      kind: model.kind,
      bulletins: model.bulletins.map((b) => ({
        id: b.id,
        title: b.title,
        url: b.url,
        category: b.category,
        region: b.regionCode ? { code: b.regionCode, name: b.regionName } : null,
        budgetYuan: b.budgetYuan,
        publishedAt: b.publishedAt,
        deadlineAt: b.deadlineAt,
        matched: b.matched,
      })),
    },
  });
}
