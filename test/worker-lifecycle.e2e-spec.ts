import { Job, Queue, QueueEvents } from 'bullmq';
import { testEnvironment } from '@app/config';
import { QUEUES, bullConnection } from '@app/queues';
import { bootsTimeout, eventually, killSpawnedApps, spawnApp } from '@app/testing';

// Each test starts the api or worker from sources: bounded as boots are (spawn-app.ts), not by Jest's minute.
jest.setTimeout(bootsTimeout(2, 60000));

describe('processes as an operator runs them', () => {
  it('refuses to start on bad config, naming the variable', async () => {
    for (const app of ['api', 'worker'] as const) {
      const proc = spawnApp(app, testEnvironment({ DATABASE_URL: 'nonsense' }));
      const { code } = await proc.exited;
      expect(code).not.toBe(0);
      expect(proc.output()).toMatch(/DATABASE_URL: must be a URL/);
    }
  });

  describe('worker shutdown', () => {
    const env = testEnvironment({ SHUTDOWN_TIMEOUT_MS: '8000' });
    const connection = bullConnection(env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const queue = new Queue(QUEUES.maintenance, { connection, prefix: env.QUEUE_PREFIX });
    const events = new QueueEvents(QUEUES.maintenance, { connection, prefix: env.QUEUE_PREFIX });

    afterAll(async () => {
      killSpawnedApps();
      await queue.obliterate({ force: true });
      await Promise.all([queue.close(), events.close()]);
    });

    it('processes a job added through Redis, then on SIGTERM finishes the running job and exits', async () => {
      const worker = spawnApp('worker', env);
      await worker.waitFor(/processing \(concurrency/);

      const quick = await queue.add('maintenance.ping', { token: 'quick', delayMs: 0 });
      expect(await quick.waitUntilFinished(events, 15000)).toMatchObject({ token: 'quick', pid: worker.child.pid });

      const slow = await queue.add('maintenance.ping', { token: 'slow', delayMs: 2500 });
      await eventually(async () => (await Job.fromId(queue, slow.id!))?.isActive(), 10000, 'slow job active');
      const signalled = Date.now();
      worker.kill('SIGTERM');
      const { code, signal } = await worker.exited;
      const tookMs = Date.now() - signalled;

      // Nest re-raises the signal after its shutdown hooks ran: a clean exit is code 0 or SIGTERM.
      expect(code === 0 || signal === 'SIGTERM').toBe(true);
      expect(tookMs).toBeLessThan(8000);
      const done = await Job.fromId(queue, slow.id!);
      expect(await done!.getState()).toBe('completed');
      expect(done!.returnvalue).toMatchObject({ token: 'slow', pid: worker.child.pid });
    });

    it('exits within the bound even when a job runs longer, leaving the job unfinished for another worker', async () => {
      const worker = spawnApp('worker', { ...env, SHUTDOWN_TIMEOUT_MS: '1500' });
      await worker.waitFor(/processing \(concurrency/);
      const long = await queue.add('maintenance.ping', { token: 'long', delayMs: 30000 });
      await eventually(async () => (await Job.fromId(queue, long.id!))?.isActive(), 10000, 'long job active');

      const signalled = Date.now();
      worker.kill('SIGTERM');
      await worker.exited;
      expect(Date.now() - signalled).toBeLessThan(1500 + 2000);
      // Not completed and not failed: its lock lapses and BullMQ hands it on as stalled.
      expect(await (await Job.fromId(queue, long.id!))!.getState()).toBe('active');
    });
  });

  describe('a failure while recording a failure', () => {
    const env = testEnvironment();
    const connection = bullConnection(env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const maintenance = new Queue(QUEUES.maintenance, { connection, prefix: env.QUEUE_PREFIX });
    const delivery = new Queue(QUEUES.delivery, { connection, prefix: env.QUEUE_PREFIX });
    const events = new QueueEvents(QUEUES.maintenance, { connection, prefix: env.QUEUE_PREFIX });

    afterAll(async () => {
      killSpawnedApps();
      for (const q of [maintenance, delivery]) await q.obliterate({ force: true });
      await Promise.all([maintenance.close(), delivery.close(), events.close()]);
    });

    it('does not end the worker: the database write in onFailed throws, and the next job is still processed', async () => {
      const worker = spawnApp('worker', env);
      await worker.waitFor(/processing \(concurrency/);
      // Not a uuid: the claim fails, the job fails for good, and marking the row failed throws too.
      const doomed = await delivery.add('delivery.send', { deliveryId: 'not-a-uuid' }, { attempts: 1 });
      await eventually(async () => (await Job.fromId(delivery, doomed.id!))?.isFailed(), 15000, 'delivery job failed');
      await worker.waitFor(/could not record the failed delivery/, 10000);

      const next = await maintenance.add('maintenance.ping', { token: 'after', delayMs: 0 });
      expect(await next.waitUntilFinished(events, 15000)).toMatchObject({ token: 'after', pid: worker.child.pid });
      expect(worker.child.exitCode).toBeNull();
      worker.kill('SIGTERM');
      await worker.exited;
    });
  });
});
