import { createHash } from 'node:crypto';
import { type BulletinStage, isBulletinStage, parseBulletin, STAGE_CATEGORY } from '@app/parsing';
import { getRegion, regionPath } from '@app/regions';
import { Bulletin } from './bulletin.entity';
import { BulletinInput, MAX_YUAN } from './bulletin-input';
import { dedupeKeys } from './dedupe-keys';

export type BulletinFields = Omit<
  Bulletin,
  'id' | 'sourceId' | 'canonicalId' | 'withdrawnAt' | 'ingestedAt' | 'ledgerMonth' | 'updatedAt' | 'version' | 'source' | 'projectId'
> & {
  regionPath: string[] | null;
};

/** Everything we store for one validated input: parsed text, region, amounts, dates, keys. */
export function bulletinFields(input: BulletinInput): BulletinFields {
  const explicitStage = isBulletinStage(input.stage) ? input.stage : null;
  // An explicit, known region code from the source beats what we read from the text.
  const explicitRegion = input.regionCode && getRegion(input.regionCode) ? input.regionCode : null;
  const parsed = parseBulletin(
    {
      title: input.title,
      body: input.body,
      bodyHtml: input.bodyHtml,
      regionText: input.regionText,
      buyer: input.buyer,
      agency: input.agency,
      // A source that names the stage has named the category too (an award has no budget or deadline).
      category: input.category ?? (explicitStage ? STAGE_CATEGORY[explicitStage] : undefined),
      publishedAt: input.publishedAt,
      budgetYuan: input.budgetYuan,
    },
    { skipRegion: !!explicitRegion },
  );
  const regionCode = explicitRegion ?? parsed.regionCode;
  const category = parsed.category;
  // The parser already prefers the source's buyer and agency and falls back to the text.
  const buyer = parsed.buyer;
  // What the parser reads must fit its column too (project_code varchar(200), numeric(18,2)).
  const projectCode = input.projectCode?.trim() || (parsed.projectCode && parsed.projectCode.length <= 200 ? parsed.projectCode : null);
  const keys = dedupeKeys({ titleMatch: parsed.titleMatch, buyer, projectCode, category });
  return {
    sourceRef: input.sourceId,
    url: input.url ?? null,
    title: parsed.title,
    body: parsed.body,
    titleMatch: parsed.titleMatch,
    bodyMatch: parsed.bodyMatch,
    category,
    regionCode,
    regionPath: explicitRegion ? regionPath(explicitRegion).map((r) => r.name) : parsed.regionPath,
    regionText: input.regionText?.trim() || null,
    publishedAt: parsed.publishedAt,
    budgetYuan: parsed.budgetYuan !== null && parsed.budgetYuan <= MAX_YUAN ? parsed.budgetYuan : null,
    buyer,
    agency: parsed.agency,
    projectCode,
    deadlineAt: input.deadlineAt ?? parsed.deadlineAt,
    stage: explicitStage ?? stageOf(parsed.stage, category),
    winners: input.winners ? cleanNames(input.winners) : parsed.winners,
    awardYuan: positive(input.awardYuan) ?? (parsed.awardYuan !== null && parsed.awardYuan <= MAX_YUAN ? parsed.awardYuan : null),
    dedupeKey: keys.titleKey,
    projectKey: keys.projectKey,
    contentHash: createHash('sha256').update(JSON.stringify(input)).digest('hex'),
  };
}

// A stage always implies its category: one read from the text that contradicts the category the
// source gave is dropped rather than stored beside it.
function stageOf(stage: string | null, category: string): BulletinStage | null {
  return isBulletinStage(stage) && STAGE_CATEGORY[stage] === category ? stage : null;
}

// Names as written, minus blanks and repeats; an explicit empty list means "no winner named".
function cleanNames(names: string[]): string[] {
  return [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

// 0 is what feeds print when they do not know the amount.
function positive(yuan: number | undefined): number | null {
  return typeof yuan === 'number' && yuan > 0 ? Math.round(yuan * 100) / 100 : null;
}
