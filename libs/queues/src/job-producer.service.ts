import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { JobsOptions, Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { bulletinShards } from '@app/matcher';
import {
  DEFAULT_JOB_OPTIONS,
  DELIVERY_BATCH_SIZE,
  JOB_QUEUE,
  JobName,
  JobPayloads,
  QUEUES,
  QueueName,
  jobIds,
  matchQueueName,
} from './job-contract';
import { bullConnection } from './redis-connection';

type RoutedJob = Exclude<JobName, 'match.bulletin'>;
/** A bulletin version to match; its region code picks the shards (region strategy). */
export type MatchTarget = { id: string; version: number; regionCode: string | null };

/** The one way to enqueue: typed by the job contract, routed to the job's queue. */
@Injectable()
export class JobProducer implements OnModuleDestroy {
  private readonly queues: Record<Exclude<QueueName, typeof QUEUES.match>, Queue>;
  /** One queue per match shard; every bulletin goes to all of them. */
  readonly matchQueues: Queue[];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.delivery) delivery: Queue,
    @InjectQueue(QUEUES.digest) digest: Queue,
    @InjectQueue(QUEUES.maintenance) maintenance: Queue,
    @InjectQueue(QUEUES.webhook) webhook: Queue,
    @InjectQueue(QUEUES.reminders) reminders: Queue,
  ) {
    this.queues = {
      [QUEUES.delivery]: delivery,
      [QUEUES.digest]: digest,
      [QUEUES.maintenance]: maintenance,
      [QUEUES.webhook]: webhook,
      [QUEUES.reminders]: reminders,
    };
    const connection = bullConnection(config.redis);
    this.matchQueues = Array.from(
      { length: config.matching.shards },
      (_, shard) =>
        new Queue(matchQueueName(shard), { connection, prefix: config.redis.queuePrefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
    );
  }

  add<N extends RoutedJob>(name: N, payload: JobPayloads[N], opts: JobsOptions = {}) {
    return this.queues[JOB_QUEUE[name] as keyof typeof this.queues].add(name, payload, opts);
  }

  addBulk<N extends RoutedJob>(name: N, jobs: Array<{ data: JobPayloads[N]; opts?: JobsOptions }>) {
    if (!jobs.length) return Promise.resolve([]);
    return this.queues[JOB_QUEUE[name] as keyof typeof this.queues].addBulk(jobs.map((j) => ({ name, data: j.data, opts: j.opts })));
  }

  /** The bulletins each shard must match, by the configured shard strategy. */
  private byShard(bulletins: MatchTarget[]): Map<number, MatchTarget[]> {
    const { shards, strategy } = this.config.matching;
    const out = new Map<number, MatchTarget[]>();
    for (const b of bulletins)
      for (const shard of bulletinShards(b.regionCode, strategy, shards)) out.set(shard, [...(out.get(shard) ?? []), b]);
    return out;
  }

  /**
   * Asks the bulletin's shards to match it (every shard under hash sharding; the nationwide one and
   * its province group's under region sharding). `version` is the bulletin's content version, so a
   * re-sent identical job is a no-op while a changed bulletin is matched again.
   */
  async dispatchMatches(bulletins: MatchTarget[]): Promise<void> {
    if (!bulletins.length) return;
    await Promise.all(
      [...this.byShard(bulletins)].map(([shard, mine]) =>
        this.matchQueues[shard].addBulk(
          mine.map((b) => ({ name: 'match.bulletin', data: { bulletinId: b.id }, opts: { jobId: jobIds.match(b.id, b.version) } })),
        ),
      ),
    );
  }

  /**
   * The sweeper's re-enqueue of bulletins still unmatched. BullMQ keeps a job that failed for good
   * (and a completed one) under its id, so adding the same id again would silently do nothing and
   * the bulletin would never be matched: such a job is retried with its attempts reset instead.
   * A job still waiting, delayed or running is left alone; one no longer kept is added afresh.
   */
  async redispatchMatches(bulletins: MatchTarget[]): Promise<{ added: number; retried: number }> {
    let added = 0;
    let retried = 0;
    for (const [shard, mine] of this.byShard(bulletins)) {
      const q = this.matchQueues[shard];
      const ids = mine.map((b) => ({ bulletinId: b.id, jobId: jobIds.match(b.id, b.version) }));
      const states = await Promise.all(ids.map((j) => q.getJobState(j.jobId)));
      const missing = ids.filter((_, i) => states[i] === 'unknown');
      await q.addBulk(missing.map((j) => ({ name: 'match.bulletin', data: { bulletinId: j.bulletinId }, opts: { jobId: j.jobId } })));
      added += missing.length;
      for (const [i, j] of ids.entries()) {
        const state = states[i];
        if (state !== 'failed' && state !== 'completed') continue;
        await (await q.getJob(j.jobId))?.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
        retried++;
      }
    }
    return { added, retried };
  }

  /**
   * Enqueues send jobs, delayed until each delivery is due. Deliveries due at the same moment (an
   * instant window's end, a digest tick) go in batches of up to DELIVERY_BATCH_SIZE per job. Job
   * ids carry the attempt count, so re-enqueueing a pending delivery is a no-op while one taken
   * over after a crash (or retried by an admin) gets a fresh job beside the old one BullMQ keeps.
   * Returns each delivery's job id.
   */
  async enqueueDeliveries(
    deliveries: Array<{ id: string; dueAt: Date; attempts: number }>,
  ): Promise<Array<{ id: string; attempts: number; jobId: string }>> {
    const unique = [...new Map(deliveries.map((d) => [d.id, d])).values()];
    const byDue = new Map<number, typeof unique>();
    for (const d of unique) {
      const due = new Date(d.dueAt).getTime();
      byDue.set(due, [...(byDue.get(due) ?? []), d]);
    }
    const single: Array<{ data: JobPayloads['delivery.send']; opts: JobsOptions }> = [];
    const batches: Array<{ data: JobPayloads['delivery.sendBatch']; opts: JobsOptions }> = [];
    const out: Array<{ id: string; attempts: number; jobId: string }> = [];
    for (const [due, group] of byDue) {
      const delay = Math.max(0, due - Date.now());
      for (let i = 0; i < group.length; i += DELIVERY_BATCH_SIZE) {
        const chunk = group.slice(i, i + DELIVERY_BATCH_SIZE);
        const jobId = chunk.length === 1 ? jobIds.delivery(chunk[0].id, chunk[0].attempts) : jobIds.deliveryBatch(chunk[0], chunk.length);
        if (chunk.length === 1) single.push({ data: { deliveryId: chunk[0].id }, opts: { jobId, delay } });
        else batches.push({ data: { deliveryIds: chunk.map((d) => d.id) }, opts: { jobId, delay } });
        out.push(...chunk.map((d) => ({ id: d.id, attempts: d.attempts, jobId })));
      }
    }
    await this.addBulk('delivery.send', single);
    await this.addBulk('delivery.sendBatch', batches);
    return out;
  }

  /**
   * For the sweeper, on work Postgres says is still open: a job under the same deterministic id
   * that already failed for good (attempts used up while Postgres was down, or stalled twice by
   * workers killed mid-job) would swallow the new add and leave the work stuck until BullMQ drops
   * failed jobs days later, so it is retried instead. Returns how many were.
   */
  async retryFailedMatches(bulletins: Array<{ id: string; version: number }>): Promise<number> {
    const counts = await Promise.all(
      this.matchQueues.map((q) =>
        retryFailed(
          q,
          bulletins.map((b) => jobIds.match(b.id, b.version)),
        ),
      ),
    );
    return counts.reduce((a, b) => a + b, 0);
  }

  retryFailedDeliveries(jobIdsToCheck: string[]): Promise<number> {
    return retryFailed(this.queues[QUEUES.delivery], jobIdsToCheck);
  }

  /**
   * One job per webhook message, delayed to its next attempt. The id carries the attempt count: a
   * message re-enqueued while waiting is a no-op, a retry or replay gets a job of its own.
   * Webhook jobs make one attempt: the retry schedule lives on the message row.
   */
  async enqueueWebhookMessages(messages: Array<{ id: string; attempts: number; nextAttemptAt: Date }>): Promise<void> {
    await this.addBulk(
      'webhook.send',
      messages.map((m) => ({
        data: { messageId: m.id },
        opts: {
          jobId: jobIds.webhook(m.id, m.attempts),
          delay: Math.max(0, new Date(m.nextAttemptAt).getTime() - Date.now()),
          attempts: 3,
        },
      })),
    );
  }

  /** Delayed reminder jobs; an id already scheduled is a no-op, so this can be called freely. */
  async scheduleReminders(
    reminders: Array<{ memberId: string; projectId: string; deadlineAt: Date; offsetHours: number; remindAt: Date }>,
  ): Promise<string[]> {
    const jobs = reminders.map((r) => ({
      data: { memberId: r.memberId, projectId: r.projectId, deadlineAt: r.deadlineAt.toISOString(), offsetHours: r.offsetHours },
      opts: {
        jobId: jobIds.reminder(r.memberId, r.projectId, r.deadlineAt, r.offsetHours),
        delay: Math.max(0, r.remindAt.getTime() - Date.now()),
      },
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

async function retryFailed(queue: Queue, ids: string[]): Promise<number> {
  const jobs = await Promise.all(ids.map((id) => queue.getJob(id)));
  let retried = 0;
  for (const job of jobs) {
    if (job && (await job.isFailed())) {
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      retried++;
    }
  }
  return retried;
}
