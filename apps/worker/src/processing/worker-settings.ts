import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { createRedis, evictionPolicy } from '@app/queues';
import { ContractProcessor } from './contract-processor';

/** Applies configured concurrency to every worker and warns when Redis may evict job keys. */
@Injectable()
export class WorkerSettings implements OnApplicationBootstrap {
  private readonly logger = new Logger('Worker');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const w of this.discovery.getProviders()) {
      if (w.instance instanceof ContractProcessor) w.instance.worker.concurrency = w.instance.concurrency ?? this.config.worker.concurrency;
    }
    const redis = createRedis(this.config.redis.url);
    const policy = await evictionPolicy(redis).finally(() => redis.quit());
    if (policy !== 'noeviction') {
      this.logger.warn(`Redis maxmemory-policy is ${policy}; BullMQ needs noeviction or jobs can be lost`);
    }
  }
}
