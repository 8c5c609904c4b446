import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { JobName, JobPayloads } from '@app/queues';
import type { JobHandlerSource } from './job-handler-source';

/**
 * @Processor for a contract queue, with the worker created idle: @nestjs/bullmq would otherwise
 * start consuming in its onModuleInit, before WorkerStartup has checked the job contract.
 */
export const ContractQueue = (queue: string): ClassDecorator => Processor(queue, { autorun: false });

export type JobHandlers = { [N in JobName]?: (job: Job<JobPayloads[N]>) => Promise<unknown> };

/**
 * A BullMQ processor that declares which contract jobs it handles. Errors are never swallowed:
 * they reach BullMQ, which retries with backoff and, after the last attempt, fires the hook that
 * records the failure on the row.
 */
export abstract class ContractProcessor extends WorkerHost implements JobHandlerSource {
  protected readonly logger = new Logger(this.constructor.name);
  abstract readonly handlers: JobHandlers;
  /** Jobs at once per process when this queue wants other than WORKER_CONCURRENCY. */
  readonly concurrency?: number;

  jobHandlers() {
    return [{ queue: this.worker.name, jobs: Object.keys(this.handlers) }];
  }

  idleWorkers() {
    return [this.worker];
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName] as ((job: Job) => Promise<unknown>) | undefined;
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name} on ${job.queueName}`);
    const started = Date.now();
    const result = await handler.call(this, job);
    this.logger.debug({ jobId: job.id, job: job.name, ms: Date.now() - started }, 'job done');
    return result;
  }
}
