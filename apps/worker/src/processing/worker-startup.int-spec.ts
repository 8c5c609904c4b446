import { DiscoveryService } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Job, Queue, Worker } from 'bullmq';
import { APP_CONFIG, loadConfig, testEnvironment } from '@app/config';
import { bullConnection, QUEUES } from '@app/queues';
import { eventually } from '@app/testing';
import { WorkerModule } from '../worker.module';
import { JobContractError } from './job-handler-check';
import { type JobHandlerSource, isJobHandlerSource } from './job-handler-source';
import { WorkerStartup } from './worker-startup.service';

describe('WorkerStartup (real Redis)', () => {
  const config = loadConfig(testEnvironment());
  const connection = bullConnection(config.redis.url);
  const queueName = `startup-check-${process.pid}`;
  const queue = new Queue(queueName, { connection, prefix: config.redis.queuePrefix });
  const processed: string[] = [];
  const workers: Worker[] = [];
  const idleWorker = (autorun = false) => {
    const w = new Worker(queueName, async (job) => void processed.push(job.id!), { connection, prefix: config.redis.queuePrefix, autorun });
    workers.push(w);
    return w;
  };
  const source = (jobs: string[], worker: Worker): JobHandlerSource => ({
    jobHandlers: () => [{ queue: 'maintenance', jobs }],
    idleWorkers: () => [worker],
  });
  const startup = new WorkerStartup(config, { getProviders: () => [] } as unknown as DiscoveryService);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('refuses to start when the contract is not covered, and no worker has taken a job', async () => {
    const job = await queue.add('maintenance.ping', { token: 't', delayMs: 0 });
    const worker = idleWorker();
    await worker.waitUntilReady();
    expect(() => startup.start([source(['maintenance.ping'], worker)], ['maintenance.ping', 'maintenance.sweep'])).toThrow(
      JobContractError,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(worker.isRunning()).toBe(false);
    expect(await (await Job.fromId(queue, job.id!))!.getState()).toBe('waiting');
    expect(processed).toEqual([]);

    startup.start([source(['maintenance.ping', 'maintenance.sweep'], worker)], ['maintenance.ping', 'maintenance.sweep']);
    await eventually(async () => processed.includes(job.id!), 10_000, 'job processed once the check passed');
  });

  it('refuses a worker that started consuming before the check', async () => {
    const eager = idleWorker(true);
    expect(() => startup.start([source(['maintenance.ping'], eager)], ['maintenance.ping'])).toThrow(
      /started before the job contract check/,
    );
  });

  it('runs only the queues of its roles and closes the rest', async () => {
    const senderConfig = { ...config, worker: { ...config.worker, roles: ['deliver' as const, 'webhooks' as const] } };
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(APP_CONFIG)
      .useValue(senderConfig)
      .overrideProvider(WorkerStartup)
      .useValue({})
      .compile();
    const app = await moduleRef.init();
    try {
      const discovery = app.get(DiscoveryService);
      const all = discovery
        .getProviders()
        .map((w) => w.instance)
        .filter(isJobHandlerSource)
        .flatMap((s) => s.idleWorkers());
      // No match role: no match shard worker was even created.
      expect(all.some((w) => w.name.startsWith('bulletin-match'))).toBe(false);
      await new WorkerStartup(senderConfig, discovery).onApplicationBootstrap();
      expect(
        all
          .filter((w) => w.isRunning())
          .map((w) => w.name)
          .sort(),
      ).toEqual([QUEUES.delivery, QUEUES.webhook]);
    } finally {
      await app.close();
    }
  });

  it('boots the real worker module with every worker idle until WorkerStartup runs them', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(APP_CONFIG)
      .useValue(config)
      .overrideProvider(WorkerStartup)
      .useValue({})
      .compile();
    const app = await moduleRef.init();
    try {
      const discovery = app.get(DiscoveryService);
      const sources = discovery
        .getProviders()
        .map((w) => w.instance)
        .filter(isJobHandlerSource);
      const all = sources.flatMap((s) => s.idleWorkers());
      // maintenance, digest, delivery and one match shard.
      const names = all.map((w) => w.name);
      expect(names).toEqual(expect.arrayContaining(['delivery-send', 'digest', 'maintenance']));
      expect(names.some((n) => n.startsWith('bulletin-match'))).toBe(true);
      expect(all.filter((w) => w.isRunning())).toEqual([]);

      await new WorkerStartup(config, discovery).onApplicationBootstrap();
      expect(all.every((w) => w.isRunning())).toBe(true);
      // Webhook sends wait on members' servers and ask for their own concurrency; the rest take the setting.
      expect(
        all.every((w) => w.concurrency === (w.name === QUEUES.webhook ? config.webhooks.concurrency : config.worker.concurrency)),
      ).toBe(true);
    } finally {
      await app.close();
    }
  });
});
