import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AppConfig, AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { LoggingModule } from '@app/logging';
import { QueuesModule } from '@app/queues';
import { HealthModule } from './health/health.module';
import { IngestModule } from './ingest/ingest.module';
import { MetricsModule } from './metrics/metrics.module';
import { UnsubscribeModule } from './unsubscribe/unsubscribe.module';

@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    QueuesModule,
    // A generous default per client; auth and ingest routes set tighter limits with @Throttle.
    ThrottlerModule.forRoot({ throttlers: [{ name: 'default', ttl: 60_000, limit: 600 }] }),
    HealthModule,
    MetricsModule,
    IngestModule,
    UnsubscribeModule,
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class ApiModule {
  announce(config: AppConfig): void {
    const url = config.http.publicUrl;
    new Logger('Api').log(`API on ${url}/v1 · docs ${url}/docs · health ${url}/health`);
  }
}
