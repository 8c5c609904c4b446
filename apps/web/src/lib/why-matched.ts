import type { BulletinSummary, Subscription } from '../api/types';
import { t } from '../i18n/zh-CN';
import { formatYuan } from './budget';
import { containsRegion } from './regions';

const W = t.bulletin;

/**
 * The reasons a subscription caught a bulletin, in the member's words: the keyword hits the API
 * recorded, then how the bulletin meets the subscription's region, kind and budget conditions.
 */
export function whyMatched(
  b: BulletinSummary,
  hits: string[],
  sub: Subscription | undefined,
  regionName: (code: string) => string,
): string[] {
  const reasons = [hits.length ? W.whyKeywords(hits.join('、')) : W.whyNoKeywords];
  if (!sub) return reasons;
  if (sub.excludeWords.length) reasons.push(W.whyExclude(sub.excludeWords.join('、')));
  if (!sub.regions.length) reasons.push(W.whyNationwide);
  else if (b.region) {
    const within = sub.regions.filter((c) => c === b.region!.code || containsRegion(c, b.region!.code));
    reasons.push(W.whyRegion(b.region.fullName, (within.length ? within : sub.regions).map(regionName).join('、')));
  }
  const stages = sub.stages ?? [];
  if (!sub.categories.length && !stages.length) reasons.push(W.whyAnyCategory);
  else if (sub.categories.includes(b.category)) reasons.push(W.whyCategory(t.labels.categories[b.category] ?? b.category));
  else reasons.push(W.whyCategory(b.stageLabel ?? b.stage ?? b.category));
  if (sub.budgetMin === null && sub.budgetMax === null) reasons.push(W.whyAnyBudget);
  else if (b.budgetYuan === null) reasons.push(W.whyNoBudget);
  else
    reasons.push(
      W.whyBudget(
        formatYuan(b.budgetYuan),
        `${sub.budgetMin === null ? '' : formatYuan(sub.budgetMin)} – ${sub.budgetMax === null ? '' : formatYuan(sub.budgetMax)}`.trim(),
      ),
    );
  return reasons;
}
