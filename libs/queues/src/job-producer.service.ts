import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { JobsOptions, Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DEFAULT_JOB_OPTIONS, JOB_QUEUE, JobName, JobPayloads, QUEUES, QueueName, jobIds, matchQueueName } from './job-contract';
import { bullConnection } from './redis-connection';

type RoutedJob = Exclude<JobName, 'match.bulletin'>;

/** The one way to enqueue: typed by the job contract, routed to the job's queue. */
@Injectable()
export class JobProducer implements OnModuleDestroy {
  private readonly queues: Record<Exclude<QueueName, typeof QUEUES.match>, Queue>;
  /** One queue per match shard; every bulletin goes to all of them. */
  readonly matchQueues: Queue[];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectQueue(QUEUES.delivery) delivery: Queue,
    @InjectQueue(QUEUES.digest) digest: Queue,
    @InjectQueue(QUEUES.maintenance) maintenance: Queue,
    @InjectQueue(QUEUES.reminders) reminders: Queue,
  ) {
    this.queues = { [QUEUES.delivery]: delivery, [QUEUES.digest]: digest, [QUEUES.maintenance]: maintenance, [QUEUES.reminders]: reminders };
    const connection = bullConnection(config.redis.url);
    this.matchQueues = Array.from(
      { length: config.matching.shards },
      (_, shard) => new Queue(matchQueueName(shard), { connection, prefix: config.redis.queuePrefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
    );
  }

  add<N extends RoutedJob>(name: N, payload: JobPayloads[N], opts: JobsOptions = {}) {
    return this.queues[JOB_QUEUE[name] as keyof typeof this.queues].add(name, payload, opts);
  }

  addBulk<N extends RoutedJob>(name: N, jobs: Array<{ data: JobPayloads[N]; opts?: JobsOptions }>) {
    if (!jobs.length) return Promise.resolve([]);
    return this.queues[JOB_QUEUE[name] as keyof typeof this.queues].addBulk(jobs.map((j) => ({ name, data: j.data, opts: j.opts })));
  }

  /**
   * Asks every shard to match these bulletins. `version` is the bulletin's content version, so a
   * re-sent identical job is a no-op while a changed bulletin is matched again.
   */
  async dispatchMatches(bulletins: Array<{ id: string; version: number }>): Promise<void> {
    if (!bulletins.length) return;
    await Promise.all(
      this.matchQueues.map((q) =>
        q.addBulk(bulletins.map((b) => ({ name: 'match.bulletin', data: { bulletinId: b.id }, opts: { jobId: jobIds.match(b.id, b.version) } }))),
      ),
    );
  }

  /**
   * Enqueues send jobs, delayed until each delivery is due. The job id carries the attempt count,
   * so re-enqueueing a pending delivery is a no-op while one taken over after a crash (or retried
   * by an admin) gets a fresh job beside the old one BullMQ keeps. Returns the job ids.
   */
  async enqueueDeliveries(deliveries: Array<{ id: string; dueAt: Date; attempts: number }>): Promise<Array<{ id: string; attempts: number; jobId: string }>> {
    const unique = [...new Map(deliveries.map((d) => [d.id, d])).values()];
    const jobs = unique.map((d) => ({ id: d.id, attempts: d.attempts, jobId: jobIds.delivery(d.id, d.attempts), delay: Math.max(0, new Date(d.dueAt).getTime() - Date.now()) }));
    await this.addBulk('delivery.send', jobs.map((j) => ({ data: { deliveryId: j.id }, opts: { jobId: j.jobId, delay: j.delay } })));
    return jobs.map(({ id, attempts, jobId }) => ({ id, attempts, jobId }));
  }

  /** Delayed reminder jobs; an id already scheduled is a no-op, so this can be called freely. */
  async scheduleReminders(reminders: Array<{ memberId: string; projectId: string; deadlineAt: Date; offsetHours: number; remindAt: Date }>): Promise<string[]> {
    const jobs = reminders.map((r) => ({
      data: { memberId: r.memberId, projectId: r.projectId, deadlineAt: r.deadlineAt.toISOString(), offsetHours: r.offsetHours },
      opts: { jobId: jobIds.reminder(r.memberId, r.projectId, r.deadlineAt, r.offsetHours), delay: Math.max(0, r.remindAt.getTime() - Date.now()) },
    }));
    await this.addBulk('reminder.send', jobs);
    return jobs.map((j) => j.opts.jobId);
  }

  queue(name: Exclude<QueueName, typeof QUEUES.match>): Queue {
    return this.queues[name];
  }

  allQueues(): Queue[] {
    return [...this.matchQueues, ...Object.values(this.queues)];
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.matchQueues.map((q) => q.close()));
  }
}
