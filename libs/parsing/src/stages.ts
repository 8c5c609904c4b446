import { BulletinCategory } from './category';

/**
 * The finer stage of a notice within its category. Members filter on it ("only 更正 and 延期"),
 * projects use it for their timeline. Codes are stable API values; labels are what members read.
 */
export const BULLETIN_STAGES = [
  'procurement_intent', // 采购意向
  'tender_plan', // 招标计划
  'pre_announcement', // 预公告, 需求公示
  'prequalification', // 资格预审
  'invitation', // 招标/采购/磋商/谈判/询价/比选/单一来源 公告
  'correction', // 更正
  'clarification', // 澄清/答疑
  'extension', // 延期/暂停
  'method_change', // 采购方式变更
  'candidates', // 中标候选人公示
  'result', // 中标/成交结果
  'termination', // 终止/废标/流标
  'bid_opening', // 开标记录
  'price_cap', // 控制价
  'contract', // 合同
  'acceptance', // 验收
  'project_approval', // 立项/项目建议书批复
  'feasibility_approval', // 可研批复
  'ratification', // 核准
  'filing', // 备案
  'eia', // 环评
  'construction_start', // 开工
  'signing', // 签约
  'completion', // 竣工
  'progress', // 进展
] as const;
export type BulletinStage = (typeof BULLETIN_STAGES)[number];

export const STAGE_LABELS: Readonly<Record<BulletinStage, string>> = {
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

/** The category each stage belongs to: a stage always implies its category. */
export const STAGE_CATEGORY: Readonly<Record<BulletinStage, BulletinCategory>> = {
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

export function isBulletinStage(value: unknown): value is BulletinStage {
  return typeof value === 'string' && (BULLETIN_STAGES as readonly string[]).includes(value);
}
