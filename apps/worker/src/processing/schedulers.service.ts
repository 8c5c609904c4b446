import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobProducer, QUEUES } from '@app/queues';

// How often a worker checks that the schedulers still exist in Redis.
const CHECK_MS = 5_000;
// Partitions are made months ahead; a few runs a day keep that true with room for outages.
const PARTITIONS_EVERY_MS = 6 * 3600_000;
// How often the preview's search index catches up with ingest; previews stay exact in between.
const SEARCH_INDEX_MS = 2_000;
// Dead rows and stale statistics of the churning tables, checked often and worked only past
// thresholds. A month's partition starts empty, and every cached plan made then scans it whole
// until an ANALYZE replans it: at a burst's rate (catching up, a backfill) a minute's wait let
// the ledger statements scan hundreds of thousands of rows per bulletin.
const UPKEEP_MS = 10_000;

/**
 * Recurring work as BullMQ job schedulers: upserting is idempotent, and Redis fires each tick once
 * however many worker replicas run. The ticks only signal; what is due comes from Postgres.
 * A Redis that restarts without its append-only file comes back empty, schedulers included, and
 * then nothing would ever sweep again: every worker checks for them and puts back what is missing.
 */
@Injectable()
export class Schedulers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Schedulers.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobProducer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.upsertAll();
    this.timer = setInterval(
      () => void this.restoreMissing().catch((err) => this.logger.warn(`scheduler check failed: ${(err as Error).message}`)),
      CHECK_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async upsertAll(): Promise<void> {
    await this.jobs.queue(QUEUES.digest).upsertJobScheduler('digest-tick', { every: 60_000 }, { name: 'digest.tick', data: {} });
    await this.jobs
      .queue(QUEUES.maintenance)
      .upsertJobScheduler('sweep', { every: this.config.worker.sweepIntervalMs }, { name: 'maintenance.sweep', data: {} });
    await this.jobs
      .queue(QUEUES.maintenance)
      .upsertJobScheduler('partitions', { every: PARTITIONS_EVERY_MS }, { name: 'maintenance.partitions', data: {} });
    await this.jobs
      .queue(QUEUES.maintenance)
      .upsertJobScheduler('search-index', { every: SEARCH_INDEX_MS }, { name: 'maintenance.searchIndex', data: {} });
    await this.jobs.queue(QUEUES.maintenance).upsertJobScheduler('upkeep', { every: UPKEEP_MS }, { name: 'maintenance.upkeep', data: {} });
  }

  private async restoreMissing(): Promise<void> {
    const present = await Promise.all([
      this.jobs.queue(QUEUES.digest).getJobScheduler('digest-tick'),
      this.jobs.queue(QUEUES.maintenance).getJobScheduler('sweep'),
      this.jobs.queue(QUEUES.maintenance).getJobScheduler('partitions'),
      this.jobs.queue(QUEUES.maintenance).getJobScheduler('search-index'),
      this.jobs.queue(QUEUES.maintenance).getJobScheduler('upkeep'),
    ]);
    if (present.every(Boolean)) return;
    this.logger.warn('job schedulers missing from Redis (restarted without its data?); putting them back');
    await this.upsertAll();
  }
}
