import { Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './job-contract';
import { JobProducer } from './job-producer.service';
import { bullConnection } from './redis-connection';

// Match queues are per shard and created by JobProducer; the rest are registered here.
const queueRegistrations = BullModule.registerQueue(
  ...Object.values(QUEUES)
    .filter((name) => name !== QUEUES.match)
    .map((name) => ({ name })),
);

/** BullMQ on the configured Redis, every queue registered, and the typed producer. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: bullConnection(config.redis),
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
