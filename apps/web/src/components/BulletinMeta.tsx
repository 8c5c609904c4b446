import type { BulletinSummary } from '../api/types';
import { t } from '../i18n/zh-CN';
import { formatYuan } from '../lib/budget';
import { formatDate } from '../lib/format';

/** Kind · region · budget · date, in one line under a bulletin's title. */
export function BulletinMeta({ bulletin }: { bulletin: BulletinSummary }) {
  const bits = [
    t.labels.categories[bulletin.category] ?? bulletin.category,
    bulletin.region?.fullName,
    bulletin.budgetYuan !== null ? formatYuan(bulletin.budgetYuan) : undefined,
    bulletin.publishedAt ? formatDate(bulletin.publishedAt) : undefined,
  ].filter(Boolean);
  return (
    <p className="meta">
      {bits.join(' · ')}
      {bulletin.withdrawn && <span className="tag tag-warn">{t.common.withdrawn}</span>}
    </p>
  );
}
