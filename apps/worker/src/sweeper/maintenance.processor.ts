import { setTimeout as sleep } from 'node:timers/promises';
import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { DeliverySweeper } from '@app/domain';
import { JobPayloads, JobProducer, QUEUES } from '@app/queues';
import { ContractProcessor, JobHandlers } from '../processing/contract-processor';

/**
 * maintenance.sweep (job scheduler): re-enqueue what a crash left behind. maintenance.ping proves
 * the api → Redis → worker path and lets tests hold a job open.
 */
@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends ContractProcessor {
  readonly handlers: JobHandlers = {
    'maintenance.sweep': () => this.sweep(),
    'maintenance.ping': (job) => this.ping(job),
  };

  constructor(
    private readonly sweeper: DeliverySweeper,
    private readonly jobs: JobProducer,
  ) {
    super();
  }

  private async sweep() {
    const unmatched = await this.sweeper.unmatchedBulletins();
    await this.jobs.dispatchMatches(unmatched);
    const due = [...(await this.sweeper.dueDeliveries()), ...(await this.sweeper.orphanedInstantNotifications())];
    const enqueued = await this.jobs.enqueueDeliveries(due);
    // Still open in Postgres although a job exists: it failed for good, and its id blocks a new one.
    const retried = (await this.jobs.retryFailedMatches(unmatched)) + (await this.jobs.retryFailedDeliveries(enqueued.map((e) => e.jobId)));
    const pruned = await this.sweeper.pruneChangeFeed();
    return { unmatched: unmatched.length, deliveries: due.length, retried, pruned };
  }

  private async ping(job: Job<JobPayloads['maintenance.ping']>): Promise<{ token: string; pid: number }> {
    if (job.data.delayMs > 0) await sleep(Math.min(job.data.delayMs, 60000));
    return { token: job.data.token, pid: process.pid };
  }
}
