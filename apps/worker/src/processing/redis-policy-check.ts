import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { createRedis, evictionPolicy } from '@app/queues';

/** Warns when Redis may evict keys: BullMQ loses jobs unless maxmemory-policy is noeviction. */
@Injectable()
export class RedisPolicyCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Worker');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const redis = createRedis(this.config.redis);
    const policy = await evictionPolicy(redis).finally(() => redis.quit());
    if (policy !== 'noeviction') {
      this.logger.warn(`Redis maxmemory-policy is ${policy}; BullMQ needs noeviction or jobs can be lost`);
    }
  }
}
