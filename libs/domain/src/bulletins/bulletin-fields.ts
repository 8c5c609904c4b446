import { createHash } from 'node:crypto';
import { parseBulletin } from '@app/parsing';
import { getRegion, regionPath } from '@app/regions';
import { Bulletin } from './bulletin.entity';
import type { BulletinCategoryValue } from './bulletin-category';
import { BulletinInput, MAX_YUAN } from './bulletin-input';
import { dedupeKeys } from './dedupe-keys';

export type BulletinFields = Omit<Bulletin, 'id' | 'sourceId' | 'canonicalId' | 'withdrawnAt' | 'ingestedAt' | 'updatedAt' | 'matchedAt' | 'matchedShards' | 'version' | 'source'> & {
  regionPath: string[] | null;
};

/** Everything we store for one validated input: parsed text, region, amounts, dates, keys. */
export function bulletinFields(input: BulletinInput): BulletinFields {
  const parsed = parseBulletin({
    title: input.title,
    body: input.body,
    bodyHtml: input.bodyHtml,
    regionText: input.regionText,
    buyer: input.buyer,
    agency: input.agency,
    category: input.category,
    publishedAt: input.publishedAt,
    budgetYuan: input.budgetYuan,
  });
  // An explicit, known region code from the source beats what we read from the text.
  const explicitRegion = input.regionCode && getRegion(input.regionCode) ? input.regionCode : null;
  const regionCode = explicitRegion ?? parsed.regionCode;
  const category = parsed.category as BulletinCategoryValue;
  const buyer = input.buyer?.trim() || null;
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
    agency: input.agency?.trim() || null,
    projectCode,
    deadlineAt: input.deadlineAt ?? parsed.deadlineAt,
    dedupeKey: keys.titleKey,
    projectKey: keys.projectKey,
    contentHash: createHash('sha256').update(JSON.stringify(input)).digest('hex'),
  };
}
