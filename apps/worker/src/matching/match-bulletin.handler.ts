import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { queryPrepared } from '@app/database';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Bulletin, DueDelivery } from '@app/domain';
import { DeliveryLedger, MatchRecorder, teamRecipients } from '@app/domain/worker';
import { bulletinShards } from '@app/matcher';
import { JobProducer, type JobPayloads } from '@app/queues';
import { ProjectFollowUp } from './project-follow-up.service';
import { SubscriptionIndex } from './subscription-index.service';

type MatchedBulletin = Pick<
  Bulletin,
  | 'id'
  | 'version'
  | 'titleMatch'
  | 'bodyMatch'
  | 'regionCode'
  | 'category'
  | 'stage'
  | 'budgetYuan'
  | 'canonicalId'
  | 'withdrawnAt'
  | 'projectId'
  | 'buyer'
  | 'agency'
  | 'winners'
>;

/** Loads the bulletin, matches it on one shard, records matches and the delivery ledger. */
@Injectable()
export class MatchBulletinHandler {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SubscriptionIndex,
    private readonly recorder: MatchRecorder,
    private readonly ledger: DeliveryLedger,
    private readonly jobs: JobProducer,
    private readonly followUp: ProjectFollowUp,
  ) {}

  /**
   * What matching and recording need of the bulletin, with its parties for the watchers of any of
   * them. A statement prepared once: through the ORM it was planned, built and mapped on every job.
   */
  private async load(id: string): Promise<MatchedBulletin | null> {
    // The budget comes as a float8, the number the matcher compares, as the admin reads take it.
    const [row] = await queryPrepared<MatchedBulletin>(
      this.dataSource,
      `SELECT id, version, title_match AS "titleMatch", body_match AS "bodyMatch", region_code AS "regionCode", category, stage,
              budget_yuan::float8 AS "budgetYuan", canonical_id AS "canonicalId", withdrawn_at AS "withdrawnAt", project_id AS "projectId",
              buyer, agency, winners
         FROM bulletins WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async handle(
    job: Job<JobPayloads['match.bulletin']>,
    shard: number,
  ): Promise<{ matched: number; inserted: number } | { skipped: string }> {
    const b = await this.load(job.data.bulletinId);
    // Re-checked on every attempt: the row is the truth and the job only a signal, so a retried
    // or duplicated job finds the work done and returns early.
    if (!b) return { skipped: 'bulletin gone' };
    if (b.withdrawnAt) return { skipped: 'withdrawn' };
    if (b.canonicalId) return { skipped: 'cross-source duplicate' };

    const results = await this.index.match(shard, b);
    // The bulletin is matched once every shard it was routed to has reported.
    const { strategy, shards } = this.config.matching;
    const expectedShards = bulletinShards(b.regionCode, strategy, shards).length;
    let due: DueDelivery[] = [];
    const { inserted } = await this.recorder.record(
      b,
      shard,
      expectedShards,
      results.map((r) => ({ subscriptionId: r.subscriptionId, memberId: r.memberId, hits: r.hits, hitDetails: r.details, score: r.score })),
      async (em) => {
        // Followers of the bulletin's project are told whatever their keywords; one shard does it.
        const followers = shard === 0 ? await this.followUp.recipients(em, b) : [];
        // Keyword matches end with the bid deadline unless the subscription asks for expired tenders too.
        const matched = results.map((r) => ({ ...r, onlyBeforeDeadline: !r.includeExpired }));
        // Teams' endpoints get their members' matches on the team channel.
        const teams = await teamRecipients(em, results);
        due = await this.ledger.recordMatches(em, b.id, [...matched, ...followers, ...teams]);
      },
    );
    // After commit. Lost if we die right here — the sweeper enqueues due pending deliveries.
    await this.jobs.enqueueDeliveries(due);
    if (shard === 0) await this.followUp.replanReminders(b.projectId);
    return { matched: results.length, inserted };
  }
}
