import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { LinkNotice, ProjectLinker } from '../projects/project-linker.service';
import { Bulletin } from './bulletin.entity';
import { BulletinFields, bulletinFields } from './bulletin-fields';
import { FieldError, validateBulletinInput } from './validate-bulletin-input';

export type IngestStatus = 'created' | 'updated' | 'duplicate' | 'rejected';

export interface IngestItemResult {
  index: number;
  sourceId?: string;
  status: IngestStatus;
  bulletinId?: string;
  /** Set when the same notice came earlier from another source: members are not told again. */
  canonicalId?: string;
  errors?: FieldError[];
}

export interface IngestOutcome {
  results: IngestItemResult[];
  /** Bulletins that need matching (new or changed, and not a cross-source duplicate). */
  /** regionCode routes the bulletin to its match shards. */
  toMatch: Array<{ id: string; version: number; regionCode: string | null }>;
}

// Two notices with the same title and buyer published this close together are one notice.
const TITLE_DUPLICATE_WINDOW_MS = 3 * 24 * 3600 * 1000;

/**
 * Stores a batch of source items. Per item: rejected (with fields), created, duplicate (same source
 * and source id, same content: nothing changes) or updated (same source id, new content: stored,
 * matched again; members already told are not told twice — the notification ledger is unique).
 */
@Injectable()
export class BulletinIngestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projects: ProjectLinker,
  ) {}

  async ingest(sourceId: string, items: unknown[]): Promise<IngestOutcome> {
    const results: IngestItemResult[] = [];
    const accepted: Array<{ index: number; fields: BulletinFields }> = [];
    const seen = new Set<string>();
    items.forEach((raw, index) => {
      const v = validateBulletinInput(raw);
      if (!v.ok) return void results.push({ index, sourceId: sourceIdOf(raw), status: 'rejected', errors: v.errors });
      const fields = bulletinFields(v.value);
      if (v.value.regionCode && !fields.regionCode) {
        return void results.push({
          index,
          sourceId: v.value.sourceId,
          status: 'rejected',
          errors: [{ field: 'regionCode', message: 'regionCode is not a known GB/T 2260 code' }],
        });
      }
      if (seen.has(v.value.sourceId)) return void results.push({ index, sourceId: v.value.sourceId, status: 'duplicate' });
      seen.add(v.value.sourceId);
      accepted.push({ index, fields });
    });

    const toMatch: IngestOutcome['toMatch'] = [];
    if (accepted.length) {
      const stored = await this.storeBatch(sourceId, accepted, toMatch);
      results.push(...stored);
      // In-batch repeats point at the bulletin their first occurrence produced.
      const byRef = new Map(stored.map((r) => [r.sourceId, r.bulletinId]));
      for (const r of results) if (r.status === 'duplicate' && !r.bulletinId) r.bulletinId = byRef.get(r.sourceId);
    }
    results.sort((a, b) => a.index - b.index);
    return { results, toMatch };
  }

  /**
   * One transaction for the whole batch (fast); when Postgres refuses the data of some item, each
   * item again in a transaction of its own, so the refused one is `rejected` and the others are
   * stored. Any other failure (connection, timeout) fails the request: the source sends it again.
   */
  private async storeBatch(
    sourceId: string,
    accepted: Array<{ index: number; fields: BulletinFields }>,
    toMatch: IngestOutcome['toMatch'],
  ): Promise<IngestItemResult[]> {
    try {
      const batchToMatch: IngestOutcome['toMatch'] = [];
      const stored = await this.dataSource.transaction((em) => this.store(em, sourceId, accepted, batchToMatch));
      toMatch.push(...batchToMatch);
      return stored;
    } catch (err) {
      if (!isRefusedData(err)) throw err;
      if (accepted.length === 1) return [refused(accepted[0], err)];
    }
    const results: IngestItemResult[] = [];
    for (const item of accepted) {
      const itemToMatch: IngestOutcome['toMatch'] = [];
      try {
        results.push(...(await this.dataSource.transaction((em) => this.store(em, sourceId, [item], itemToMatch))));
        toMatch.push(...itemToMatch);
      } catch (err) {
        if (!isRefusedData(err)) throw err;
        results.push(refused(item, err));
      }
    }
    return results;
  }

  private async store(
    em: EntityManager,
    sourceId: string,
    accepted: Array<{ index: number; fields: BulletinFields }>,
    toMatch: IngestOutcome['toMatch'],
  ): Promise<IngestItemResult[]> {
    // Serialise concurrent batches that could carry the same notice (cross-source dedupe).
    const keys = [...new Set(accepted.flatMap((a) => [a.fields.projectKey, a.fields.dedupeKey]).filter((k): k is string => !!k))].sort();
    if (keys.length) await em.query(`SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) AS k ORDER BY k`, [keys]);

    const repo = em.getRepository(Bulletin);
    const existing = await repo.find({
      where: { sourceId, sourceRef: In(accepted.map((a) => a.fields.sourceRef)) },
      select: { id: true, sourceRef: true, contentHash: true, version: true, canonicalId: true, projectId: true, ingestedAt: true },
    });
    const bySourceRef = new Map(existing.map((b) => [b.sourceRef, b]));
    const canonical = await this.findCanonicals(
      em,
      sourceId,
      accepted.map((a) => a.fields),
    );

    const results: IngestItemResult[] = [];
    const inserts: Array<{ index: number; row: Partial<Bulletin> & { id: string } }> = [];
    // Every stored or new notice is linked to its project in this transaction: a bulletin is never
    // visible without its project, and a new one is inserted with it.
    const toLink: LinkNotice[] = [];
    for (const { index, fields } of accepted) {
      const { regionPath: _path, ...row } = fields;
      const prior = bySourceRef.get(fields.sourceRef);
      if (prior && prior.contentHash === fields.contentHash) {
        results.push({
          index,
          sourceId: fields.sourceRef,
          status: 'duplicate',
          bulletinId: prior.id,
          canonicalId: prior.canonicalId ?? undefined,
        });
      } else if (prior) {
        const version = prior.version + 1;
        await repo.update({ id: prior.id }, { ...row, version, updatedAt: new Date() });
        if (!prior.canonicalId) toMatch.push({ id: prior.id, version, regionCode: row.regionCode ?? null });
        toLink.push(linkNotice(prior.id, fields, prior.ingestedAt, prior.projectId, true));
        results.push({
          index,
          sourceId: fields.sourceRef,
          status: 'updated',
          bulletinId: prior.id,
          canonicalId: prior.canonicalId ?? undefined,
        });
      } else {
        // Time-ordered (version 7): a bulletin's ledger rows are keyed by it first, so new bulletins'
        // rows go to the right edge of those indexes instead of a random page each.
        const id = uuidv7();
        toLink.push(linkNotice(id, fields, null, null, false));
        inserts.push({ index, row: { ...row, id, sourceId, canonicalId: canonical(fields) } });
      }
    }
    const placed = await this.projects.place(em, toLink);
    if (inserts.length) {
      await repo
        .createQueryBuilder()
        .insert()
        .values(inserts.map((i) => ({ ...i.row, projectId: placed.projectOf.get(i.row.id) ?? null })))
        .execute();
      for (const ins of inserts) {
        const canonicalId = ins.row.canonicalId ?? undefined;
        if (!canonicalId) toMatch.push({ id: ins.row.id, version: 1, regionCode: ins.row.regionCode ?? null });
        results.push({ index: ins.index, sourceId: ins.row.sourceRef, status: 'created', bulletinId: ins.row.id, canonicalId });
      }
    }
    await this.projects.refresh(em, placed.touched);
    await this.queueForMatching(em, toMatch);
    return results;
  }

  /** A new version starts its matching over: no shard has matched it yet. */
  private async queueForMatching(em: EntityManager, toMatch: IngestOutcome['toMatch']): Promise<void> {
    if (!toMatch.length) return;
    await em.query(
      `INSERT INTO bulletin_match_state (bulletin_id, version)
       SELECT * FROM unnest($1::uuid[], $2::int[]) ORDER BY 1
       ON CONFLICT (bulletin_id) DO UPDATE SET version = EXCLUDED.version, matched_shards = '{}', matched_at = NULL, queued_at = now()`,
      [toMatch.map((b) => b.id), toMatch.map((b) => b.version)],
    );
  }

  /** For each new item: the canonical bulletin another source already brought, if any. */
  private async findCanonicals(
    em: EntityManager,
    sourceId: string,
    items: BulletinFields[],
  ): Promise<(f: BulletinFields) => string | null> {
    const projectKeys = items.map((i) => i.projectKey).filter(Boolean);
    const titleKeys = items.map((i) => i.dedupeKey).filter(Boolean);
    if (!projectKeys.length && !titleKeys.length) return () => null;
    const rows: Array<{ id: string; project_key: string | null; dedupe_key: string | null; published_at: Date | null }> = await em.query(
      `SELECT id, project_key, dedupe_key, published_at FROM bulletins
        WHERE canonical_id IS NULL AND source_id <> $1 AND (project_key = ANY($2) OR dedupe_key = ANY($3))
        ORDER BY ingested_at`,
      [sourceId, projectKeys, titleKeys],
    );
    return (f) => {
      const byProject = f.projectKey && rows.find((r) => r.project_key === f.projectKey);
      if (byProject) return byProject.id;
      const byTitle = f.dedupeKey && rows.find((r) => r.dedupe_key === f.dedupeKey && closeDates(r.published_at, f.publishedAt));
      return byTitle ? byTitle.id : null;
    };
  }
}

function linkNotice(id: string, f: BulletinFields, ingestedAt: Date | null, projectId: string | null, stored: boolean): LinkNotice {
  return {
    id,
    title: f.title,
    buyer: f.buyer ?? null,
    project_code: f.projectCode ?? null,
    published_at: f.publishedAt ?? null,
    // A new notice's ingested_at is the transaction's time: the linker reads it.
    ingested_at: ingestedAt ?? new Date(0),
    project_id: projectId,
    stored,
  };
}

function closeDates(a: Date | null, b: Date | null): boolean {
  return !a || !b || Math.abs(new Date(a).getTime() - b.getTime()) <= TITLE_DUPLICATE_WINDOW_MS;
}

// SQLSTATE classes that blame the row, not the server: data exception (22), integrity constraint
// violation (23), program limit exceeded (54, e.g. an index row too large).
function isRefusedData(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(22|23|54)/.test(code);
}

function refused(item: { index: number; fields: BulletinFields }, err: unknown): IngestItemResult {
  const detail = (err as { column?: string; message?: string }) ?? {};
  const field = detail.column ? camelCase(detail.column) : '(item)';
  return {
    index: item.index,
    sourceId: item.fields.sourceRef,
    status: 'rejected',
    errors: [{ field, message: `could not be stored: ${detail.message ?? 'refused by the database'}` }],
  };
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

function sourceIdOf(raw: unknown): string | undefined {
  const id = (raw as { sourceId?: unknown } | null)?.sourceId;
  return typeof id === 'string' ? id.slice(0, 200) : undefined;
}
