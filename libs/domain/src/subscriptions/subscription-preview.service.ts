import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectReadReplica } from '@app/database';
import { DataSource, QueryFailedError } from 'typeorm';
import { type HitPlace, hitPlaces, naiveMatch, type MatchSubscription } from '@app/matcher';
import type { BulletinSummary } from '../members/member-inbox.repository';
import { DomainError, NotFoundError, ValidationError } from '../shared/domain.errors';
import { buildPreviewQuery } from './preview-query';
import { cleanFilter, FILTER_DEFAULTS, SubscriptionFilter } from './subscription-input';
import { SubscriptionsRepository } from './subscriptions.repository';

export const PREVIEW_DEFAULT_DAYS = 30;
export const PREVIEW_MAX_DAYS = 90;
export const PREVIEW_PAGE_SIZE = 20;
// A filter broad enough to scan every body must not hold a connection for long.
const PREVIEW_TIMEOUT_MS = 5000;
/** SQL candidates the matcher checks at most; beyond it the total is extrapolated. */
export const PREVIEW_SCAN_MAX = 2000;

export interface PreviewItem {
  bulletin: BulletinSummary;
  /** Keyword entries that hit, as the member wrote them ([] for a filter without keywords). */
  hits: string[];
  /** Where they hit, strongest first. */
  hitPlaces: HitPlace[];
  regionCode: string | null;
  category: string;
}

export interface PreviewResult {
  total: number;
  /** The total is extrapolated from the newest PREVIEW_SCAN_MAX candidates (a very broad filter). */
  totalEstimated: boolean;
  days: number;
  items: PreviewItem[];
}

interface PreviewRow extends BulletinSummary {
  titleMatch: string;
  bodyMatch: string;
  total: string;
}

/** "What would this filter have caught?" over the stored bulletins of the last N days. */
@Injectable()
export class SubscriptionPreviewService {
  private readonly logger = new Logger(SubscriptionPreviewService.name);

  private readonly reads: DataSource;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly subscriptions: SubscriptionsRepository,
    // Preview scans bulletins of the last days: on the replica when there is one.
    @InjectReadReplica() replica?: DataSource,
  ) {
    this.reads = replica ?? dataSource;
  }

  /** A draft as typed in the form; cleaned and validated like a saved subscription. */
  async previewDraft(draft: Partial<SubscriptionFilter>, days = PREVIEW_DEFAULT_DAYS): Promise<PreviewResult> {
    const defined = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined));
    return this.run(cleanFilter({ ...FILTER_DEFAULTS, ...defined }), days);
  }

  async previewSaved(memberId: string, id: string, days = PREVIEW_DEFAULT_DAYS): Promise<PreviewResult> {
    const s = await this.subscriptions.findForMember(memberId, id);
    if (!s) throw new NotFoundError('Subscription');
    const { keywords, excludeWords, scope, regions, categories, stages, budgetMin, budgetMax, requireBudget } = s;
    return this.run({ keywords, excludeWords, scope, regions, categories, stages, budgetMin, budgetMax, requireBudget }, days);
  }

  /**
   * SQL narrows to candidates (plain substrings); the matcher decides word-aware hits outside
   * boilerplate on them, newest first, and counts. Exact up to PREVIEW_SCAN_MAX candidates.
   */
  async run(filter: SubscriptionFilter, days: number, opts: { limit?: number; useBigrams?: boolean } = {}): Promise<PreviewResult> {
    if (!Number.isInteger(days) || days < 1 || days > PREVIEW_MAX_DAYS) {
      throw new ValidationError([{ field: 'days', message: `must be an integer from 1 to ${PREVIEW_MAX_DAYS}` }]);
    }
    const since = new Date(Date.now() - days * 86_400_000);
    const limit = opts.limit ?? PREVIEW_PAGE_SIZE;
    const { sql, params } = buildPreviewQuery(filter, {
      since,
      limit: Math.max(limit, PREVIEW_SCAN_MAX),
      useBigrams: opts.useBigrams ?? true,
    });
    const rows = await this.query(sql, params);
    const subscription: MatchSubscription = { id: 'preview', ...filter };
    const items: PreviewItem[] = [];
    let matched = 0;
    for (const { titleMatch, bodyMatch, total: _total, ...bulletin } of rows) {
      const [hit] = naiveMatch([subscription], {
        titleMatch,
        bodyMatch,
        regionCode: bulletin.regionCode,
        category: bulletin.category,
        stage: bulletin.stage,
        budgetYuan: bulletin.budgetYuan,
      });
      if (!hit) continue;
      matched++;
      if (items.length < limit)
        items.push({
          bulletin,
          hits: hit.hits,
          hitPlaces: hitPlaces(hit.details),
          regionCode: bulletin.regionCode,
          category: bulletin.category,
        });
    }
    const candidates = rows.length ? Number(rows[0].total) : 0;
    const totalEstimated = candidates > rows.length;
    if (totalEstimated) this.logger.log({ candidates, scanned: rows.length }, 'preview total extrapolated');
    return { total: totalEstimated ? Math.round((matched / rows.length) * candidates) : matched, totalEstimated, days, items };
  }

  private async query(sql: string, params: unknown[]): Promise<PreviewRow[]> {
    try {
      return await this.reads.transaction(async (manager) => {
        await manager.query(`SET LOCAL statement_timeout = ${PREVIEW_TIMEOUT_MS}`);
        // The index function's COST inflates estimates past jit_above_cost; compiling costs more than it saves here.
        await manager.query('SET LOCAL jit = off');
        return manager.query(sql, params);
      });
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string })?.code === '57014') {
        throw new DomainError(
          'limit',
          'preview_too_broad',
          'This filter is too broad to preview quickly; add keywords of two or more characters, regions or categories',
        );
      }
      throw e;
    }
  }
}
