import type { Category, Stage } from '../api/types';
import { CATEGORIES, STAGES } from '../api/types';

/** What members read for each stage: the API's STAGE_LABELS, kept in step by hand. */
export const STAGE_LABELS: Record<Stage, string> = {
  procurement_intent: '采购意向',
  tender_plan: '招标计划',
  pre_announcement: '预公告',
  prequalification: '资格预审',
  invitation: '招标公告',
  correction: '更正',
  clarification: '澄清/答疑',
  extension: '延期/暂停',
  method_change: '采购方式变更',
  candidates: '中标候选人',
  result: '中标/成交结果',
  termination: '终止/废标',
  bid_opening: '开标记录',
  price_cap: '控制价',
  contract: '合同',
  acceptance: '验收',
  project_approval: '立项',
  feasibility_approval: '可研批复',
  ratification: '核准',
  filing: '备案',
  eia: '环评',
  construction_start: '开工',
  signing: '签约',
  completion: '竣工',
  progress: '进展',
};

/** The category each stage belongs to (the API's STAGE_CATEGORY). */
export const STAGE_CATEGORY: Record<Stage, Category> = {
  procurement_intent: 'intent',
  tender_plan: 'intent',
  pre_announcement: 'intent',
  prequalification: 'tender',
  invitation: 'tender',
  correction: 'change',
  clarification: 'change',
  extension: 'change',
  method_change: 'change',
  candidates: 'award',
  result: 'award',
  termination: 'other',
  bid_opening: 'other',
  price_cap: 'other',
  contract: 'other',
  acceptance: 'other',
  project_approval: 'proposed',
  feasibility_approval: 'proposed',
  ratification: 'proposed',
  filing: 'proposed',
  eia: 'proposed',
  construction_start: 'news',
  signing: 'news',
  completion: 'news',
  progress: 'news',
};

/** Stages under their category, in the categories' order; for the editor's grouped choices. */
export function stageGroups(): Array<{ category: Category; stages: Stage[] }> {
  return CATEGORIES.map((category) => ({ category, stages: STAGES.filter((s) => STAGE_CATEGORY[s] === category) })).filter(
    (g) => g.stages.length > 0,
  );
}

/**
 * Ticks or unticks one stage. While its category is ticked whole, every stage of it shows ticked;
 * unticking one turns the category into its other stages.
 */
export function toggleStage(
  categories: readonly Category[],
  stages: readonly Stage[],
  stage: Stage,
): { categories: Category[]; stages: Stage[] } {
  const category = STAGE_CATEGORY[stage];
  if (categories.includes(category)) {
    const rest = STAGES.filter((s) => s !== stage && (stages.includes(s) || STAGE_CATEGORY[s] === category));
    return { categories: categories.filter((c) => c !== category), stages: rest };
  }
  const next = stages.includes(stage) ? stages.filter((s) => s !== stage) : [...stages, stage];
  return { categories: [...categories], stages: STAGES.filter((s) => next.includes(s)) };
}

/** Ticking a whole category makes its single stages redundant: they are dropped. */
export function toggleCategory(
  categories: readonly Category[],
  stages: readonly Stage[],
  category: Category,
): { categories: Category[]; stages: Stage[] } {
  const on = !categories.includes(category);
  return {
    categories: CATEGORIES.filter((c) => (c === category ? on : categories.includes(c))),
    stages: on ? stages.filter((s) => STAGE_CATEGORY[s] !== category) : [...stages],
  };
}

/** The kind of notice as one short label: the stage when known, else the category. */
export function kindLabel(category: Category, stageLabel: string | null, categoryLabels: Record<Category, string>): string {
  return stageLabel ?? categoryLabels[category] ?? category;
}
