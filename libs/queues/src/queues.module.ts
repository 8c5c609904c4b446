import { Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import type { ConnectionOptions } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './job-contract';
import { JobProducer } from './job-producer.service';
import { redisOptions } from './redis-connection';

const queueRegistrations = BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name })));

/** BullMQ on the configured Redis, every queue registered, and the typed producer. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: redisOptions(config.redis.url) as ConnectionOptions,
        prefix: config.redis.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    queueRegistrations,
  ],
  providers: [JobProducer],
  exports: [JobProducer, queueRegistrations],
})
export class QueuesModule {}
