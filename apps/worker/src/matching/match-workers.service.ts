import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobPayloads, QUEUES, matchQueueName, bullConnection } from '@app/queues';
import type { JobHandlerSource } from '../processing/job-handler-source';
import { MatchBulletinHandler } from './match-bulletin.handler';

/**
 * One BullMQ worker per shard this process holds. Created by hand rather than with @Processor
 * because the shard queues are known only from config; created idle, like every worker here, and
 * run by WorkerStartup once the job contract check has passed.
 */
@Injectable()
export class MatchWorkers implements OnModuleInit, OnApplicationShutdown, JobHandlerSource {
  private readonly logger = new Logger(MatchWorkers.name);
  private workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly handler: MatchBulletinHandler,
  ) {}

  jobHandlers() {
    return [{ queue: QUEUES.match, jobs: ['match.bulletin'] }];
  }

  idleWorkers(): Worker[] {
    return this.workers;
  }

  onModuleInit(): void {
    // A process without the match role holds no index and consumes no match queue.
    if (!this.config.worker.roles.includes('match')) return;
    const connection = bullConnection(this.config.redis);
    this.workers = this.config.matching.shardIds.map(
      (shard) =>
        new Worker<JobPayloads['match.bulletin']>(matchQueueName(shard), (job) => this.handler.handle(job, shard), {
          connection,
          autorun: false,
          prefix: this.config.redis.queuePrefix,
          concurrency: this.config.worker.concurrency,
          // A crashed worker's jobs return to the queue after this (lock lapse + stalled check).
          lockDuration: this.config.worker.jobLockMs,
          stalledInterval: this.config.worker.jobLockMs,
        }),
    );
    for (const w of this.workers) w.on('failed', (job, err) => this.logger.warn({ jobId: job?.id, err: err.message }, 'match job failed'));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
