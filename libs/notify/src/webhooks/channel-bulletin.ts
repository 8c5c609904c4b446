/** A bulletin as push channels other than email show it (webhook events, robots, WeChat). */
export interface ChannelBulletin {
  id: string;
  title: string;
  url: string;
  category: string;
  regionCode: string | null;
  regionName: string | null;
  budgetYuan: number | null;
  publishedAt: string | null;
  deadlineAt: string | null;
  /** The member's subscriptions it matched, with the terms that hit. */
  matched: Array<{ subscriptionId: string; subscriptionName: string; hits: string[] }>;
}

export interface ChannelMessageModel {
  deliveryId: string;
  kind: 'instant' | 'daily' | 'weekly';
  /** e.g. '12月5日 09:00' or '12月1日–12月7日' in the member's time zone. */
  periodLabel: string;
  bulletins: ChannelBulletin[];
  /** Where the whole window can be read (the member's inbox). */
  inboxUrl: string;
}

export function formatBudget(yuan: number | null): string | null {
  if (yuan === null) return null;
  return yuan >= 10_000 ? `${Number((yuan / 10_000).toFixed(2))}万元` : `${yuan}元`;
}
