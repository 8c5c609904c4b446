import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { LoggingModule } from '@app/logging';
import { QueuesModule } from '@app/queues';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { JobHandlerCheck } from './processing/job-handler-check';
import { WorkerSettings } from './processing/worker-settings';

@Module({
  imports: [AppConfigModule, LoggingModule, DatabaseModule, QueuesModule, DiscoveryModule],
  providers: [JobHandlerCheck, WorkerSettings, MaintenanceProcessor],
})
export class WorkerModule {}
