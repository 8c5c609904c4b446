import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { loadConfig, testEnvironment } from '@app/config';
import { JobProducer } from './job-producer.service';
import { QUEUES } from './job-contract';
import { bullConnection } from './redis-connection';

describe('JobProducer against Redis: jobs that failed for good', () => {
  const config = loadConfig(testEnvironment());
  const connection = bullConnection(config.redis.url);
  const prefix = config.redis.queuePrefix;
  const queue = (name: string) => new Queue(name, { connection, prefix });
  let producer: JobProducer;
  let others: Queue[];

  beforeAll(() => {
    others = [queue(QUEUES.delivery), queue(QUEUES.digest), queue(QUEUES.maintenance), queue(QUEUES.webhook), queue(QUEUES.reminders)];
    producer = new JobProducer(config, others[0], others[1], others[2], others[3], others[4]);
  });
  afterAll(async () => {
    await Promise.all(producer.allQueues().map((q) => q.obliterate({ force: true })));
    await producer.onModuleDestroy();
    await Promise.all(others.map((q) => q.close()));
  });

  it('are retried by the sweeper path, where a plain re-add under the same id would be swallowed', async () => {
    const bulletin = { id: 'b-failed', version: 1, regionCode: null };
    const matchQueue = producer.matchQueues[0];
    await producer.dispatchMatches([bulletin]);
    const worker = new Worker(
      matchQueue.name,
      async () => {
        throw new UnrecoverableError('database down');
      },
      { connection, prefix },
    );
    const job = (await matchQueue.getJob('match-b-failed-v1'))!;
    await new Promise<void>((resolve) => worker.on('failed', () => resolve()));
    await worker.close();
    expect(await job.getState()).toBe('failed');

    await producer.dispatchMatches([bulletin]);
    expect(await matchQueue.getJobState('match-b-failed-v1')).toBe('failed');

    expect(await producer.retryFailedMatches([bulletin, { id: 'never-queued', version: 1, regionCode: null }])).toBe(1);
    expect(await matchQueue.getJobState('match-b-failed-v1')).toBe('waiting');
    expect(await producer.retryFailedMatches([bulletin])).toBe(0);
  });
});
