import { isBulletinStage, STAGE_LABELS } from '@app/parsing';

/** What members read for a stage code (更正, 中标/成交结果 …); null for none or an unknown code. */
export function stageLabel(stage: string | null): string | null {
  return isBulletinStage(stage) ? STAGE_LABELS[stage] : null;
}
