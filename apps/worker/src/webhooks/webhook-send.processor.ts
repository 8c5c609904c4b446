import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Job } from 'bullmq';
import { JobPayloads, QUEUES } from '@app/queues';
import { ContractProcessor, ContractQueue, JobHandlers } from '../processing/contract-processor';
import { WebhookSender } from './webhook-sender.service';

/**
 * webhook.send: one message to one endpoint. An endpoint's answer, good or bad, is recorded on the
 * message row and the next attempt is a new delayed job; only errors of our own (the database)
 * reach BullMQ as failures.
 */
@ContractQueue(QUEUES.webhook)
export class WebhookSendProcessor extends ContractProcessor {
  readonly handlers: JobHandlers = {
    'webhook.send': (job: Job<JobPayloads['webhook.send']>) => this.sender.send(job.data.messageId).then((result) => ({ result })),
  };

  // Mostly waiting on members' servers: many requests in flight per process.
  readonly concurrency: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sender: WebhookSender,
  ) {
    super();
    this.concurrency = config.webhooks.concurrency;
  }
}
