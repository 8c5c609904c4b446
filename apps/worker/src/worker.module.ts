import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DeliveriesModule } from '@app/domain';
import { LoggingModule } from '@app/logging';
import { QueuesModule } from '@app/queues';
import { DeliveryModule } from './delivery/delivery.module';
import { DigestProcessor } from './digests/digest.processor';
import { MatchingModule } from './matching/matching.module';
import { RemindersModule } from './reminders/reminders.module';
import { JobHandlerCheck } from './processing/job-handler-check';
import { Schedulers } from './processing/schedulers.service';
import { WorkerSettings } from './processing/worker-settings';
import { MaintenanceProcessor } from './sweeper/maintenance.processor';

@Module({
  imports: [AppConfigModule, LoggingModule, DatabaseModule, QueuesModule, DiscoveryModule, DeliveriesModule, MatchingModule, DeliveryModule, RemindersModule],
  providers: [JobHandlerCheck, WorkerSettings, Schedulers, DigestProcessor, MaintenanceProcessor],
})
export class WorkerModule {}
