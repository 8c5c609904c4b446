import { DynamicModule, Logger, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { LoggingModule } from '@app/logging';
import { QueuesModule } from '@app/queues';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';

@Module({})
export class ApiModule {
  /** `extra` lets development mode run the worker's processors in the same process. */
  static register(extra: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: ApiModule,
      imports: [AppConfigModule, LoggingModule, DatabaseModule, QueuesModule, HealthModule, MetricsModule, ...extra],
    };
  }

  announce(config: AppConfig): void {
    const url = config.http.publicUrl;
    new Logger('Api').log(`API on ${url}/v1 · docs ${url}/docs · health ${url}/health`);
  }
}
