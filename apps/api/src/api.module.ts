import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig, AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { LoggingModule } from '@app/logging';
import { QueuesModule } from '@app/queues';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { AuthRedis } from './auth/throttling/auth-redis';
import { AuthRedisModule } from './auth/throttling/auth-redis.module';
import { RedisThrottlerStorage } from './auth/throttling/redis-throttler.storage';
import { HealthModule } from './health/health.module';
import { InboxModule } from './inbox/inbox.module';
import { IngestModule } from './ingest/ingest.module';
import { MeModule } from './me/me.module';
import { MetricsModule } from './metrics/metrics.module';
import { HeldBackApiModule } from './held-back/held-back-api.module';
import { PartiesApiModule } from './parties/parties-api.module';
import { ProjectsApiModule } from './projects/projects-api.module';
import { RegionsModule } from './regions/regions.module';
import { SubscriptionsApiModule } from './subscriptions/subscriptions-api.module';
import { UnsubscribeModule } from './unsubscribe/unsubscribe.module';
import { NotRelevantLinkModule } from './not-relevant-link/not-relevant-link.module';
import { WebModule } from './web/web.module';
import { WebhooksApiModule } from './webhooks/webhooks-api.module';
import { FeedsApiModule } from './feeds/feeds-api.module';
import { WechatApiModule } from './wechat/wechat-api.module';

@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    QueuesModule,
    // A generous default per client; auth routes have tighter limits of their own, and ingest only
    // its per-source one. Counted in Redis, so the limits hold across API replicas.
    ThrottlerModule.forRootAsync({
      imports: [AuthRedisModule],
      inject: [AuthRedis, APP_CONFIG],
      useFactory: (redis: AuthRedis, config: AppConfig) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.rateLimits.perMinute }],
        storage: new RedisThrottlerStorage(redis),
      }),
    }),
    HealthModule,
    MetricsModule,
    IngestModule,
    UnsubscribeModule,
    NotRelevantLinkModule,
    AuthModule,
    MeModule,
    SubscriptionsApiModule,
    WebhooksApiModule,
    FeedsApiModule,
    WechatApiModule,
    InboxModule,
    RegionsModule,
    ProjectsApiModule,
    PartiesApiModule,
    HeldBackApiModule,
    WebModule,
    AdminModule,
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class ApiModule {
  announce(config: AppConfig): void {
    const url = config.http.publicUrl;
    new Logger('Api').log(
      `API on ${url}/v1 · docs ${url}/docs · health ${url}/health (listening on ${config.http.host}:${config.http.port})`,
    );
  }
}
