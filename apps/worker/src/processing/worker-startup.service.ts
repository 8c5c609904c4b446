import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JOB_NAMES, JOB_QUEUE, ROLE_QUEUES, type JobName } from '@app/queues';
import { JobContractError, handlerProblems } from './job-handler-check';
import { type JobHandlerSource, isJobHandlerSource } from './job-handler-source';

/**
 * Starts the worker's consumers, and only after checking the job contract: every worker is
 * created idle (autorun off), so a process whose handlers do not cover the contract refuses to
 * boot without having taken a single job off a queue.
 */
@Injectable()
export class WorkerStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger('Worker');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const sources = this.discovery
      .getProviders()
      .map((w): unknown => w.instance)
      .filter(isJobHandlerSource);
    // Only the queues of this process's roles (WORKER_ROLES) are consumed, and only their jobs
    // must be covered; the other processors' idle workers are closed without ever running.
    const queues = new Set<string>(this.config.worker.roles.flatMap((r) => ROLE_QUEUES[r]));
    const mine = sources.filter((s) => s.jobHandlers().every((h) => queues.has(h.queue)));
    const others = sources.filter((s) => !mine.includes(s));
    await Promise.all(others.flatMap((s) => s.idleWorkers().map((w) => w.close())));
    this.start(
      mine,
      JOB_NAMES.filter((n) => queues.has(JOB_QUEUE[n])),
    );
    this.logger.log(`roles [${this.config.worker.roles.join(',')}]: consuming ${[...queues].join(', ')}`);
  }

  start(sources: JobHandlerSource[], expected: readonly JobName[] = JOB_NAMES): Worker[] {
    const problems = handlerProblems(
      sources.flatMap((s) => s.jobHandlers()),
      expected,
    );
    if (problems.length) throw new JobContractError(problems);
    // A processor may ask for its own concurrency (webhook sends wait on remote servers).
    const own = new Map(sources.flatMap((s) => s.idleWorkers().map((w) => [w, s.concurrency] as const)));
    const workers = [...own.keys()];
    const early = workers.filter((w) => w.isRunning()).map((w) => w.name);
    if (early.length)
      throw new Error(`workers for ${early.join(', ')} started before the job contract check; create them with autorun: false`);
    for (const w of workers) {
      w.concurrency = own.get(w) ?? this.config.worker.concurrency;
      // Connection and processing errors arrive as events; without a listener they would only
      // reach stderr, outside the structured log.
      w.on('error', (err) => this.logger.error({ queue: w.name, err: err.message }, 'worker error'));
      // run() settles only when the worker closes; a failure to start is reported like the rest.
      w.run().catch((err: Error) => w.emit('error', err));
    }
    return workers;
  }
}
