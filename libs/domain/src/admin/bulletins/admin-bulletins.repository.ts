import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectReadReplica } from '@app/database';
import { entryTerms } from '@app/matcher';
import { DataSource, EntityManager } from 'typeorm';
import { bigramsOf } from '../../subscriptions/preview-query';
import { offsetOf, Page, PageRequest, PageRows, toPage } from '../shared/page';
import { containsPattern, regionPrefix, SqlParams } from '../shared/sql-params';

export interface AdminBulletinFilter {
  /** Text: all its space-separated parts, in match form (or the title as written, ILIKE). */
  q?: string;
  /** Where `q` is looked for; title_body uses the bigram index of subscription previews. */
  scope?: 'title' | 'title_body';
  /** A region code; a province or city includes everything under it. */
  region?: string;
  category?: string;
  /** A stage code (ix_bulletins_stage). */
  stage?: string;
  /** Part of the buyer's, the agency's or a winner's name, as written. */
  party?: string;
  sourceId?: string;
  withdrawn?: boolean;
  /** On the publication time, or the ingest time when none was given. */
  from?: Date;
  to?: Date;
}

export interface AdminBulletinRow {
  id: string;
  title: string;
  url: string | null;
  category: string;
  stage: string | null;
  regionCode: string | null;
  regionText: string | null;
  publishedAt: Date | null;
  budgetYuan: number | null;
  buyer: string | null;
  agency: string | null;
  winners: string[];
  awardYuan: number | null;
  projectCode: string | null;
  deadlineAt: Date | null;
  withdrawnAt: Date | null;
  sourceId: string;
  sourceName: string;
  sourceRef: string;
  canonicalId: string | null;
  ingestedAt: Date;
  matchedAt: Date | null;
}

export interface AdminBulletinDetail extends AdminBulletinRow {
  body: string;
  version: number;
  matchCount: number;
  notificationCount: number;
  notificationsByStatus: Record<string, number>;
  duplicateIds: string[];
}

const ROW = `b.id, b.title, b.url, b.category, b.stage, b.region_code AS "regionCode", b.region_text AS "regionText", b.published_at AS "publishedAt",
  b.budget_yuan::float8 AS "budgetYuan", b.buyer, b.agency, b.winners, b.award_yuan::float8 AS "awardYuan", b.project_code AS "projectCode", b.deadline_at AS "deadlineAt", b.withdrawn_at AS "withdrawnAt", b.source_id AS "sourceId",
  s.name AS "sourceName", b.source_ref AS "sourceRef", b.canonical_id AS "canonicalId", b.ingested_at AS "ingestedAt", ms.matched_at AS "matchedAt"`;

@Injectable()
export class AdminBulletinsRepository {
  /** Lists and searches read from the replica when there is one (DATABASE_REPLICA_URL); the rest from the primary. */
  private readonly reads: DataSource;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectReadReplica() replica?: DataSource,
  ) {
    this.reads = replica ?? dataSource;
  }

  async search(filter: AdminBulletinFilter, page: PageRequest): Promise<Page<AdminBulletinRow>> {
    const p = new SqlParams();
    const where: string[] = [];
    if (filter.q) where.push(textCondition(p, filter.q, filter.scope ?? 'title'));
    if (filter.region) {
      where.push(`b.region_code LIKE ${p.add(`${regionPrefix(filter.region)}%`)}`);
    }
    if (filter.category) where.push(`b.category = ${p.add(filter.category)}`);
    if (filter.stage) where.push(`b.stage = ${p.add(filter.stage)}`);
    if (filter.party) {
      // Admin-only and rare: a scan of the window's rows is fine, no trigram index for it.
      const like = p.add(containsPattern(filter.party));
      where.push(`(b.buyer ILIKE ${like} OR b.agency ILIKE ${like} OR EXISTS (SELECT 1 FROM unnest(b.winners) w WHERE w ILIKE ${like}))`);
    }
    if (filter.sourceId) where.push(`b.source_id = ${p.add(filter.sourceId)}::uuid`);
    if (filter.withdrawn !== undefined) where.push(filter.withdrawn ? 'b.withdrawn_at IS NOT NULL' : 'b.withdrawn_at IS NULL');
    if (filter.from) where.push(`COALESCE(b.published_at, b.ingested_at) >= ${p.add(filter.from)}`);
    if (filter.to) where.push(`COALESCE(b.published_at, b.ingested_at) < ${p.add(filter.to)}`);
    const rows = await this.reads.query<PageRows<AdminBulletinRow>>(
      `SELECT ${ROW}, count(*) OVER () AS total FROM bulletins b JOIN sources s ON s.id = b.source_id LEFT JOIN bulletin_match_state ms ON ms.bulletin_id = b.id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY COALESCE(b.published_at, b.ingested_at) DESC, b.id DESC
        LIMIT ${p.add(page.pageSize)} OFFSET ${p.add(offsetOf(page))}`,
      p.values,
    );
    return toPage(rows, page);
  }

  async find(id: string): Promise<AdminBulletinDetail | null> {
    const [row] = await this.dataSource.query<AdminBulletinDetail[]>(
      `SELECT ${ROW}, b.body, b.version,
              (SELECT count(*)::int FROM matches m WHERE m.bulletin_id = b.id) AS "matchCount",
              (SELECT count(*)::int FROM notifications n WHERE n.bulletin_id = b.id) AS "notificationCount",
              (SELECT COALESCE(json_object_agg(x.status, x.n), '{}'::json)
                 FROM (SELECT n.status, count(*)::int AS n FROM notifications n WHERE n.bulletin_id = b.id GROUP BY n.status) x) AS "notificationsByStatus",
              ARRAY(SELECT d.id FROM bulletins d WHERE d.canonical_id = b.id ORDER BY d.ingested_at) AS "duplicateIds"
         FROM bulletins b JOIN sources s ON s.id = b.source_id LEFT JOIN bulletin_match_state ms ON ms.bulletin_id = b.id WHERE b.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async lock(em: EntityManager, id: string): Promise<{ id: string; withdrawnAt: Date | null } | null> {
    const [row] = await em.query<Array<{ id: string; withdrawnAt: Date | null }>>(
      `SELECT id, withdrawn_at AS "withdrawnAt" FROM bulletins WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  async markWithdrawn(em: EntityManager, id: string): Promise<Date> {
    const [[row]] = await em.query<[Array<{ withdrawnAt: Date }>, number]>(
      `UPDATE bulletins SET withdrawn_at = COALESCE(withdrawn_at, now()) WHERE id = $1 RETURNING withdrawn_at AS "withdrawnAt"`,
      [id],
    );
    return row.withdrawnAt;
  }

  /**
   * Notifications that have not gone out yet: pending ones, and those assigned to a delivery that
   * is still waiting (pending, or held for SMS quiet hours). One being sent right now is left alone.
   */
  async suppressUnsent(em: EntityManager, bulletinId: string): Promise<number> {
    const [, affected] = await em.query<[unknown[], number]>(
      `UPDATE notifications n SET status = 'suppressed', delivery_id = NULL
        WHERE n.bulletin_id = $1
          AND (n.status = 'pending'
               OR (n.status = 'assigned' AND EXISTS (SELECT 1 FROM deliveries d WHERE d.id = n.delivery_id AND d.status IN ('pending', 'held'))))`,
      [bulletinId],
    );
    return affected ?? 0;
  }
}

function textCondition(p: SqlParams, q: string, scope: 'title' | 'title_body'): string {
  const parts = entryTerms(q);
  const raw = () => `b.title ILIKE ${p.add(containsPattern(q.trim()))}`;
  if (!parts.length) return raw();
  if (scope === 'title') return `(${raw()} OR (${parts.map((part) => `strpos(b.title_match, ${p.add(part)}) > 0`).join(' AND ')}))`;
  const inEither = parts.map((part) => {
    const param = p.add(part);
    return `(strpos(b.title_match, ${param}) > 0 OR strpos(b.body_match, ${param}) > 0)`;
  });
  // Anchored on the bigram index when every part has two characters or more (see preview-query);
  // a bulletin whose bigrams are pending is a candidate too, and strpos decides for all.
  const grams = parts.every((part) => [...part].length >= 2)
    ? [
        `(b.id IN (SELECT bulletin_id FROM bulletin_bigrams WHERE grams @> ${p.add([...new Set(parts.flatMap(bigramsOf))])}::text[])` +
          ` OR b.id IN (SELECT bulletin_id FROM bulletin_search_pending))`,
      ]
    : [];
  return `(${[...grams, ...inEither].join(' AND ')})`;
}
