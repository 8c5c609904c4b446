import { Feed } from 'feed';
import { regionPath } from '@app/regions';
import { categoryLabel } from '../email/format';
import { formatBudget } from '../webhooks/channel-bulletin';

export interface AtomEntry {
  id: string;
  title: string;
  url: string | null;
  category: string;
  regionCode: string | null;
  budgetYuan: number | null;
  buyer: string | null;
  publishedAt: Date | null;
  deadlineAt: Date | null;
  matchedAt: Date;
  hits: string[];
}

/**
 * A subscription's matches as an Atom 1.0 document, newest first: title, link, summary (region,
 * budget, buyer, deadline, matched terms), category, updated. Entry ids are stable URNs.
 */
export function renderAtomFeed(input: {
  subscription: { id: string; name: string; updatedAt: Date };
  entries: AtomEntry[];
  selfUrl: string;
  publicUrl: string;
}): string {
  const { subscription, entries, publicUrl } = input;
  const updated = entries.reduce((max, e) => (e.matchedAt > max ? e.matchedAt : max), subscription.updatedAt);
  const feed = new Feed({
    id: `urn:uuid:${subscription.id}`,
    title: `标讯订阅：${subscription.name}`,
    link: `${publicUrl}/app/subscriptions/${subscription.id}`,
    updated,
    language: 'zh-CN',
    generator: 'tender-alerts',
    copyright: '标讯内容版权归原发布单位所有',
    feedLinks: { atom: input.selfUrl },
  });
  for (const e of entries) {
    const region = e.regionCode
      ? regionPath(e.regionCode)
          .map((r) => r.name)
          .join(' ') || e.regionCode
      : null;
    const facts = [
      region && `地区：${region}`,
      e.budgetYuan !== null && `预算：${formatBudget(e.budgetYuan)}`,
      e.buyer && `采购人：${e.buyer}`,
      e.deadlineAt && `截止：${e.deadlineAt.toISOString().slice(0, 10)}`,
      e.hits.length && `命中：${e.hits.join('、')}`,
    ].filter(Boolean);
    feed.addItem({
      id: `urn:uuid:${e.id}`,
      title: e.title,
      link: e.url ?? `${publicUrl}/app/bulletins/${e.id}`,
      date: e.matchedAt,
      published: e.publishedAt ?? undefined,
      description: facts.join(' · '),
      category: [
        { name: categoryLabel(e.category), term: e.category },
        ...(e.regionCode ? [{ name: region ?? e.regionCode, term: `region:${e.regionCode}`, scheme: 'urn:gb-t-2260' }] : []),
      ],
    });
  }
  return feed.atom1();
}
