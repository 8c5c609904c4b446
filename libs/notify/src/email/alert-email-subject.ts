import type { AlertEmailModel } from './alert-email-model';

const MAX_TERMS = 3;
const MAX_TERMS_CHARS = 16;

/** Distinct bulletins in the email (a bulletin in several groups counts once). */
export function shownBulletinIds(model: AlertEmailModel): string[] {
  const ids = new Set<string>();
  for (const g of model.groups) for (const id of g.bulletinIds) if (model.bulletins[id]) ids.add(id);
  return [...ids];
}

function mostFrequent(values: string[]): string[] {
  const counts = new Map<string, number>();
  values.forEach((v) => counts.set(v, (counts.get(v) ?? 0) + 1));
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

/**
 * 【标讯订阅】3月5日 12条新标讯：道路、市政 · 重庆 — the count is every new bulletin (shown ones
 * plus those beyond the cap); the terms are the most frequent hits (subscription names when the
 * subscriptions have no keywords); the region is the commonest one, "等" when there are others.
 */
export function alertSubject(model: AlertEmailModel): string {
  const ids = shownBulletinIds(model);
  const bulletins = ids.map((id) => model.bulletins[id]);
  const total = ids.length + Math.max(0, model.moreCount);
  let terms = mostFrequent(bulletins.flatMap((b) => b.hits));
  if (!terms.length) terms = model.groups.filter((g) => g.bulletinIds.some((id) => model.bulletins[id])).map((g) => g.subscription.name);
  let matched = '';
  for (const t of terms.slice(0, MAX_TERMS)) {
    const next = matched ? `${matched}、${t}` : t;
    if (next.length > MAX_TERMS_CHARS && matched) break;
    matched = next.length > MAX_TERMS_CHARS ? `${next.slice(0, MAX_TERMS_CHARS)}…` : next;
  }
  const regions = mostFrequent(bulletins.map((b) => b.regionName).filter((r): r is string => !!r));
  const region = regions.length ? ` · ${regions[0]}${regions.length > 1 ? '等' : ''}` : '';
  const head = `【标讯订阅】${model.periodLabel} ${total}条新标讯`;
  return matched ? `${head}：${matched}${region}` : `${head}${region}`;
}
