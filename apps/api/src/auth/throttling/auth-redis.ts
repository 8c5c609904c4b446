import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { createRedis, type RedisClient } from '@app/queues';

/** One Redis connection for every rate limit (per client, per source, auth) and login lockouts, shared by every API replica. */
@Injectable()
export class AuthRedis implements OnModuleDestroy {
  readonly client: RedisClient;
  /** Keys live under the queue prefix, so test runs and deployments never see each other's counters. */
  readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // Fail a request after a short wait rather than queueing it while Redis is away.
    this.client = createRedis(config.redis, { maxRetriesPerRequest: 2, commandTimeout: 2000 });
    this.client.on('error', () => undefined); // surfaced by the failing command and /health
    this.prefix = `${config.redis.queuePrefix}:auth`;
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
