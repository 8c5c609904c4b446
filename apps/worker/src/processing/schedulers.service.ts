import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobProducer, QUEUES } from '@app/queues';

/**
 * Recurring work as BullMQ job schedulers: upserting is idempotent, and Redis fires each tick once
 * however many worker replicas run. The ticks only signal; what is due comes from Postgres.
 */
@Injectable()
export class Schedulers implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobProducer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.queue(QUEUES.digest).upsertJobScheduler('digest-tick', { every: 60_000 }, { name: 'digest.tick', data: {} });
    await this.jobs
      .queue(QUEUES.maintenance)
      .upsertJobScheduler('sweep', { every: this.config.worker.sweepIntervalMs }, { name: 'maintenance.sweep', data: {} });
  }
}
