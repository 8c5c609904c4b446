import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { createRedis, type RedisClient } from '@app/queues';

/** Pings Redis on its own connection, which fails fast while Redis is down and reconnects by itself. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly redis: RedisClient;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.redis = createRedis(config.redis, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: true,
      retryStrategy: () => 1000,
    });
    this.redis.on('error', () => undefined); // reported through the health check instead
    this.redis.connect().catch(() => undefined);
  }

  check() {
    return this.indicators
      .check('redis')
      .attempt(async () => {
        await this.redis.ping();
      })
      .withTimeout(1500);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }
}
