export * from './job-contract';
export * from './job-producer.service';
export * from './queues.module';
export * from './redis-connection';
