import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { WebhooksModule } from '@app/domain/channels';
import { DeliveriesModule, MaintenanceModule } from '@app/domain/worker';
import { LoggingModule } from '@app/logging';
import { QueuesModule } from '@app/queues';
import { DeliveryModule } from './delivery/delivery.module';
import { DigestProcessor } from './digests/digest.processor';
import { MatchingModule } from './matching/matching.module';
import { RemindersModule } from './reminders/reminders.module';
import { Schedulers } from './processing/schedulers.service';
import { RedisPolicyCheck } from './processing/redis-policy-check';
import { WorkerStartup } from './processing/worker-startup.service';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { WebhooksWorkerModule } from './webhooks/webhooks-worker.module';

@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    QueuesModule,
    DiscoveryModule,
    DeliveriesModule,
    MaintenanceModule,
    WebhooksModule,
    MatchingModule,
    DeliveryModule,
    WebhooksWorkerModule,
    RemindersModule,
  ],
  providers: [WorkerStartup, RedisPolicyCheck, Schedulers, DigestProcessor, MaintenanceProcessor],
})
export class WorkerModule {}
