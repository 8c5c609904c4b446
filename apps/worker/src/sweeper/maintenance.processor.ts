import { setTimeout as sleep } from 'node:timers/promises';
import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { DeliverySweeper, WebhookMessagesRepository } from '@app/domain';
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
    private readonly webhookMessages: WebhookMessagesRepository,
  ) {
    super();
  }

  private async sweep() {
    const unmatched = await this.sweeper.unmatchedBulletins();
    const redispatched = await this.jobs.redispatchMatches(unmatched);
    const due = [...(await this.sweeper.dueDeliveries()), ...(await this.sweeper.orphanedInstantNotifications())];
    await this.jobs.enqueueDeliveries(due);
    const webhooks = await this.webhookMessages.due(1000);
    await this.jobs.enqueueWebhookMessages(webhooks);
    const pruned = await this.sweeper.pruneChangeFeed();
    return { unmatched: unmatched.length, ...redispatched, deliveries: due.length, webhooks: webhooks.length, pruned };
  }

  private async ping(job: Job<JobPayloads['maintenance.ping']>): Promise<{ token: string; pid: number }> {
    if (job.data.delayMs > 0) await sleep(Math.min(job.data.delayMs, 60000));
    return { token: job.data.token, pid: process.pid };
  }
}
