import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Bulletin, type BulletinCategoryValue, Source } from '@app/domain';
import { toMatchText } from '@app/text';

export interface BulletinSeed {
  title: string;
  body?: string;
  category?: BulletinCategoryValue;
  regionCode?: string | null;
  budgetYuan?: number | null;
  publishedAt?: Date | null;
  ingestedAt?: Date;
  withdrawnAt?: Date | null;
  canonicalId?: string | null;
  buyer?: string | null;
  url?: string | null;
  stage?: string | null;
  agency?: string | null;
  winners?: string[];
  awardYuan?: number | null;
  deadlineAt?: Date | null;
  projectCode?: string | null;
}

/**
 * Stores bulletins directly (no ingest pipeline, no matching), with match forms from toMatchText
 * as ingest would write them. For tests that need bulletins to look at: preview, inbox.
 */
export async function insertBulletins(dataSource: DataSource, seeds: BulletinSeed[], sourceName = 'fixtures'): Promise<Bulletin[]> {
  const sources = dataSource.getRepository(Source);
  const source = (await sources.findOneBy({ name: sourceName })) ?? (await sources.save(sources.create({ name: sourceName })));
  const repo = dataSource.getRepository(Bulletin);
  const rows = seeds.map((s) => {
    const body = s.body ?? '';
    return repo.create({
      sourceId: source.id,
      sourceRef: randomUUID(),
      url: s.url ?? null,
      title: s.title,
      body,
      titleMatch: toMatchText(s.title),
      bodyMatch: toMatchText(body),
      category: s.category ?? 'tender',
      regionCode: s.regionCode ?? null,
      publishedAt: s.publishedAt === undefined ? new Date() : s.publishedAt,
      budgetYuan: s.budgetYuan ?? null,
      buyer: s.buyer ?? null,
      stage: s.stage ?? null,
      agency: s.agency ?? null,
      winners: s.winners ?? [],
      awardYuan: s.awardYuan ?? null,
      deadlineAt: s.deadlineAt ?? null,
      projectCode: s.projectCode ?? null,
      contentHash: createHash('sha256').update(`${s.title}\n${body}`).digest('hex'),
      canonicalId: s.canonicalId ?? null,
      withdrawnAt: s.withdrawnAt ?? null,
      ...(s.ingestedAt ? { ingestedAt: s.ingestedAt } : {}),
    });
  });
  return repo.save(rows, { chunk: 200 });
}
