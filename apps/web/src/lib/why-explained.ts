import type { Category, Stage } from '../api/types';
import { t } from '../i18n/zh-CN';
import { formatYuan } from './budget';
import { STAGE_LABELS } from './stages';

const E = t.admin.explain;

type Verdict = 'pass' | 'fail' | 'not_required';
interface Part {
  term: string;
  inBody: boolean;
  found: boolean;
}

/** The parts of GET /v1/admin/why's explanation these sentences are made from. */
export interface Explanation {
  keywords: { verdict: Verdict; scope: 'title' | 'title_body'; entries: Array<{ entry: string; parts: Part[] }> };
  excludes: { verdict: 'pass' | 'fail'; blockedBy: string[] };
  region: {
    verdict: Verdict;
    bulletin: { code: string | null; path: Array<{ code: string; name: string }> };
    subscription: Array<{ code: string; name: string | null; covers: boolean; relation: 'same' | 'contains' | 'none' }>;
  };
  category: { verdict: Verdict; bulletin: string; subscription: string[]; bulletinStage?: string | null; stages?: string[] };
  budget: { verdict: Verdict; bulletinYuan: number | null; min: number | null; max: number | null; requireBudget: boolean };
  state: { verdict: 'pass' | 'fail'; paused: boolean; memberStatus: string };
}

export type CheckName = 'keywords' | 'excludes' | 'region' | 'category' | 'budget' | 'state';

const unique = (xs: string[]) => [...new Set(xs)];
const categoryName = (c: string) => t.labels.categories[c as Category] ?? c;

function keywordsLine(k: Explanation['keywords']): string {
  if (k.verdict !== 'fail') return '';
  const parts = k.entries.flatMap((e) => e.parts).filter((p) => !p.found);
  const line = E.keywordsMissing(unique(parts.map((p) => p.term)).join('、'));
  const bodyOnly = unique(parts.filter((p) => p.inBody).map((p) => p.term));
  return k.scope === 'title' && bodyOnly.length ? `${line}；${E.bodyOnly(bodyOnly.join('、'))}` : line;
}

function regionLine(r: Explanation['region']): string {
  if (r.verdict === 'not_required') return E.nationwide;
  if (!r.bulletin.path.length) return E.noRegionCode;
  const where = r.bulletin.path.map((p) => p.name).join(' ');
  const covering = r.subscription.find((s) => s.covers);
  if (covering) return covering.relation === 'same' ? E.regionSame(where) : E.regionInside(where, covering.name ?? covering.code);
  return E.regionOutside(where, r.subscription.map((s) => s.name ?? s.code).join('、'));
}

const stageName = (s: string) => STAGE_LABELS[s as Stage] ?? s;

function categoryLine(c: Explanation['category']): string {
  if (c.verdict === 'not_required') return E.anyCategory;
  const stages = c.stages ?? [];
  // When only a stage let it through (or stages were asked for), the stage is what to name.
  const byStage = !c.subscription.includes(c.bulletin) && c.bulletinStage ? stageName(c.bulletinStage) : null;
  const kind = byStage ?? categoryName(c.bulletin);
  if (c.verdict === 'pass') return E.category(kind);
  const wanted = [...c.subscription.map(categoryName), ...stages.map(stageName)].join('、');
  return E.categoryOutside(
    c.bulletinStage && stages.length ? `${categoryName(c.bulletin)}（${stageName(c.bulletinStage)}）` : kind,
    wanted,
  );
}

function budgetLine(b: Explanation['budget']): string {
  const bounded = b.min !== null || b.max !== null;
  if (b.bulletinYuan === null) return b.requireBudget ? E.budgetRequired : bounded ? E.noBudgetStillMatches : E.anyBudget;
  if (b.min !== null && b.bulletinYuan < b.min) return E.budgetBelow(formatYuan(b.bulletinYuan), formatYuan(b.min));
  if (b.max !== null && b.bulletinYuan > b.max) return E.budgetAbove(formatYuan(b.bulletinYuan), formatYuan(b.max));
  return bounded ? E.budgetWithin(formatYuan(b.bulletinYuan)) : E.anyBudget;
}

function stateLine(s: Explanation['state']): string {
  if (s.memberStatus !== 'active') return E.memberNotActive(t.admin.statuses[s.memberStatus] ?? s.memberStatus);
  return s.paused ? E.paused : E.active;
}

/** One sentence per check, in Chinese ('' where the check's entries say it all). */
export function explainChecks(ex: Explanation): Record<CheckName, string> {
  return {
    keywords: keywordsLine(ex.keywords),
    excludes: ex.excludes.blockedBy.length ? E.excludedBy(ex.excludes.blockedBy.join('、')) : '',
    region: regionLine(ex.region),
    category: categoryLine(ex.category),
    budget: budgetLine(ex.budget),
    state: stateLine(ex.state),
  };
}

/** Why it did not match: the failing checks' sentences, in the matcher's order ([] for a match). */
export function failingReasons(ex: Explanation): string[] {
  const lines = explainChecks(ex);
  const order: CheckName[] = ['region', 'category', 'budget', 'keywords', 'excludes', 'state'];
  return order.filter((c) => ex[c].verdict === 'fail').map((c) => lines[c]);
}
