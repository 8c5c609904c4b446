import type { BulletinSummary } from '../api/types';
import { t } from '../i18n/zh-CN';
import { awardFacts, deadlineFact } from '../lib/bulletin-facts';
import { formatYuan } from '../lib/budget';
import { formatDate } from '../lib/format';
import { kindLabel } from '../lib/stages';

/** Kind · region · budget · date under a bulletin's title; then buyer, winners and amount, or the deadline. */
export function BulletinMeta({ bulletin }: { bulletin: BulletinSummary }) {
  const bits = [
    kindLabel(bulletin.category, bulletin.stageLabel, t.labels.categories),
    bulletin.region?.fullName,
    bulletin.budgetYuan !== null ? formatYuan(bulletin.budgetYuan) : undefined,
    bulletin.publishedAt ? formatDate(bulletin.publishedAt) : undefined,
  ].filter(Boolean);
  const award = awardFacts(bulletin);
  const deadline = award.length ? null : deadlineFact(bulletin.deadlineAt);
  const parties = [bulletin.buyer && `${t.bulletin.buyer}：${bulletin.buyer}`, ...award.map(([k, v]) => `${k}：${v}`)].filter(Boolean);
  return (
    <>
      <p className="meta">
        {bits.join(' · ')}
        {bulletin.withdrawn && <span className="tag tag-warn">{t.common.withdrawn}</span>}
      </p>
      {(parties.length > 0 || deadline) && (
        <p className="meta bulletin-facts">
          {parties.join(' · ')}
          {parties.length > 0 && deadline && ' · '}
          {deadline && <span className={`deadline-${deadline.tone}`}>{deadline.text}</span>}
        </p>
      )}
    </>
  );
}
