import { Inject } from '@nestjs/common';
import { OnWorkerEvent } from '@nestjs/bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Job, UnrecoverableError } from 'bullmq';
import { Delivery, DueDelivery } from '@app/domain';
import { DeliveriesRepository } from '@app/domain/worker';
import { JobProducer, JobPayloads, QUEUES } from '@app/queues';
import { ContractProcessor, ContractQueue, JobHandlers } from '../processing/contract-processor';
import { EmailSender } from './email-sender.service';
import { SmsSender } from './sms-sender.service';
import { ChannelDispatcher } from './channels/channel-dispatcher.service';

type SendJob = Job<JobPayloads['delivery.send']> | Job<JobPayloads['delivery.sendBatch']>;

const idsOf = (job: SendJob): string[] => ('deliveryIds' in job.data ? job.data.deliveryIds : [job.data.deliveryId]);

/**
 * delivery.send and delivery.sendBatch: claim the rows, gather their notifications, send on their
 * channel, record. A batch claims, assigns and records in a few statements for all its deliveries.
 */
@ContractQueue(QUEUES.delivery)
export class DeliveryProcessor extends ContractProcessor {
  readonly handlers: JobHandlers = {
    'delivery.send': (job) => this.send(idsOf(job)),
    'delivery.sendBatch': (job) => this.send(idsOf(job)),
  };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: DeliveriesRepository,
    private readonly email: EmailSender,
    private readonly sms: SmsSender,
    private readonly jobs: JobProducer,
    private readonly channels: ChannelDispatcher,
  ) {
    super();
  }

  private async send(ids: string[]) {
    // The lease outlasts any SMTP exchange; past it the sweeper hands the delivery to another worker.
    const claimed = await this.deliveries.claimMany(ids, this.config.delivery.leaseMs);
    if (!claimed.length) return { skipped: 'not due, taken or done' };
    const carried = await this.deliveries.assignMany(claimed);
    const withContent = claimed.filter((d) => carried.get(d.id)!.length);
    await this.deliveries.finishEmpty(claimed.filter((d) => !carried.get(d.id)!.length).map((d) => d.id));
    if (!withContent.length) return { skipped: 'empty' };

    const errors: unknown[] = [];
    let sent = 0;
    const emails = withContent.filter((d) => d.channel === 'email');
    if (emails.length) {
      for (const outcome of await this.email.sendMany(emails.map((d) => ({ delivery: d, bulletinIds: carried.get(d.id)! })))) {
        if ('error' in outcome) errors.push(outcome.error);
        else sent++;
      }
    }
    const held: DueDelivery[] = [];
    for (const d of withContent.filter((x) => x.channel === 'sms')) {
      const outcome = await this.sendSms(d, carried.get(d.id)!, errors);
      if (outcome && 'held' in outcome) held.push(outcome.held);
      else if (outcome) sent++;
    }
    for (const d of withContent.filter((x) => this.channels.handles(x.channel))) {
      try {
        await this.channels.send(d, carried.get(d.id)!);
        sent++;
      } catch (err) {
        errors.push(err);
      }
    }
    await this.jobs.enqueueDeliveries(held);
    // Failures reach BullMQ: a retryable one retries the job (only the deliveries given back are
    // claimed again); with only permanent ones left, the job ends without retries.
    const retryable = errors.find((e) => !(e instanceof UnrecoverableError));
    if (retryable ?? errors[0]) throw retryable ?? errors[0];
    return { sent, held: held.length, empty: claimed.length - withContent.length };
  }

  private async sendSms(d: Delivery, bulletinIds: string[], errors: unknown[]) {
    try {
      return await this.sms.send(d, bulletinIds);
    } catch (err) {
      errors.push(err);
      return null;
    }
  }

  /**
   * After the last attempt the rows say failed, so admins see them and can retry them. An event
   * listener's rejected promise reaches no one and would end the process as an unhandled
   * rejection, so a failure to record is logged here; the rows keep their lease, and when that
   * lapses the sweeper hands the deliveries out again.
   */
  @OnWorkerEvent('failed')
  async onFailed(job: SendJob | undefined): Promise<void> {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    try {
      if ('deliveryId' in job.data) {
        const d = await this.deliveries.claimForFailure(job.data.deliveryId);
        if (d) this.logger.warn({ deliveryId: job.data.deliveryId, err: job.failedReason }, 'delivery failed for good');
        return;
      }
      const failed = await this.deliveries.failPending(job.data.deliveryIds);
      if (failed.length) this.logger.warn({ deliveryIds: failed, err: job.failedReason }, 'deliveries failed for good');
    } catch (err) {
      this.logger.error({ deliveryIds: idsOf(job), err: (err as Error).message }, 'could not record the failed delivery');
    }
  }
}
