import type { Category, FilterInput } from '../api/types';
import { formatYuan } from './budget';
import { STAGE_LABELS } from './stages';

export interface SummaryLabels {
  keywords: string;
  exclude: string;
  regions: string;
  categories: string;
  budget: string;
  anyKeyword: string;
  nationwide: string;
  budgetFrom: (v: string) => string;
  budgetTo: (v: string) => string;
  budgetBetween: (a: string, b: string) => string;
  category: (c: Category) => string;
}

/** A subscription's filter as short labelled lines for the list: 关键词 道路、市政 改造 · 地区 渝中区 … */
export function filterSummary(
  f: FilterInput,
  regionName: (code: string) => string,
  l: SummaryLabels,
): Array<{ label: string; value: string }> {
  const lines = [{ label: l.keywords, value: f.keywords.length ? f.keywords.join('、') : l.anyKeyword }];
  if (f.excludeWords.length) lines.push({ label: l.exclude, value: f.excludeWords.join('、') });
  lines.push({ label: l.regions, value: f.regions.length ? f.regions.map(regionName).join('、') : l.nationwide });
  // Whole categories, then single stages (更正, 延期/暂停 …): either catches a bulletin.
  const kinds = [...f.categories.map(l.category), ...(f.stages ?? []).map((s) => STAGE_LABELS[s] ?? s)];
  if (kinds.length) lines.push({ label: l.categories, value: kinds.join('、') });
  const budget = budgetText(f.budgetMin, f.budgetMax, l);
  if (budget) lines.push({ label: l.budget, value: budget });
  return lines;
}

function budgetText(min: number | null, max: number | null, l: SummaryLabels): string | null {
  if (min !== null && max !== null) return l.budgetBetween(formatYuan(min), formatYuan(max));
  if (min !== null) return l.budgetFrom(formatYuan(min));
  if (max !== null) return l.budgetTo(formatYuan(max));
  return null;
}
