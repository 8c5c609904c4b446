import { Inject } from '@nestjs/common';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Job } from 'bullmq';
import { DeliveriesRepository } from '@app/domain';
import { JobProducer, JobPayloads, QUEUES } from '@app/queues';
import { ContractProcessor, JobHandlers } from '../processing/contract-processor';
import { EmailSender } from './email-sender.service';
import { SmsSender } from './sms-sender.service';

/** delivery.send: claim the row, gather its notifications, send on its channel, record. */
@Processor(QUEUES.delivery)
export class DeliveryProcessor extends ContractProcessor {
  readonly handlers: JobHandlers = { 'delivery.send': (job) => this.send(job) };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: DeliveriesRepository,
    private readonly email: EmailSender,
    private readonly sms: SmsSender,
    private readonly jobs: JobProducer,
  ) {
    super();
  }

  private async send(job: Job<JobPayloads['delivery.send']>) {
    // The lease outlasts any SMTP exchange; past it the sweeper hands the delivery to another worker.
    const d = await this.deliveries.claim(job.data.deliveryId, this.config.delivery.leaseMs);
    if (!d) return { skipped: 'not due, taken or done' };
    const bulletinIds = await this.deliveries.assignNotifications(d);
    if (!bulletinIds.length) {
      await this.deliveries.finish(d.id, 'sent', { error: 'nothing to send' });
      return { skipped: 'empty' };
    }
    if (d.channel === 'email') return this.email.send(d, bulletinIds);
    const outcome = await this.sms.send(d, bulletinIds);
    if ('held' in outcome) await this.jobs.enqueueDeliveries([outcome.held]);
    return outcome;
  }

  /** After the last attempt the row says failed, so admins see it and can retry it. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<JobPayloads['delivery.send']>): Promise<void> {
    try {
      if (job.attemptsMade < (job.opts.attempts ?? 1)) return;
      const d = await this.deliveries.claimForFailure(job.data.deliveryId);
      if (d) this.logger.warn({ deliveryId: job.data.deliveryId, err: job.failedReason }, 'delivery failed for good');
    } catch (err: unknown) {
      // The worker's emitter drops this promise, so a throw would be an unhandled rejection. The row
      // is left as it was, and the sweeper picks it up again.
      this.logger.error({ deliveryId: job.data.deliveryId, err }, 'could not record the failed delivery');
    }
  }
}
