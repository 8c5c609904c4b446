import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Delivery } from '@app/domain';
import { WebhookMessagesRepository } from '@app/domain/channels';
import { ChannelComposer, MATCHED_EVENT, renderRobotBody, renderWebhookEvent, type ChannelMessageModel } from '@app/notify';
import { JobProducer } from '@app/queues';
import type { ChannelOutcome, PushChannelAdapter } from './push-channel';

/**
 * Webhooks and chat robots. A delivery becomes one stored message per enabled endpoint of the
 * member (only the bulletins of the endpoint's subscription, when it has one); each message then
 * goes to its endpoint as a job of its own, with its own retries and log. Storing is idempotent per
 * (endpoint, delivery), so the delivery itself is accepted once its messages are stored.
 */
@Injectable()
export class WebhookFanoutAdapter implements PushChannelAdapter {
  readonly channels = ['webhook', 'robot'] as const;

  constructor(
    private readonly composer: ChannelComposer,
    private readonly messages: WebhookMessagesRepository,
    private readonly jobs: JobProducer,
  ) {}

  async deliver(d: Delivery, bulletinIds: string[]): Promise<ChannelOutcome> {
    const endpoints = await this.messages.activeEndpoints(d.memberId, d.channel as 'webhook' | 'robot');
    if (!endpoints.length) return { outcome: 'permanent', error: 'no enabled endpoint' };
    const model = await this.composer.compose(d, bulletinIds);
    const now = new Date();
    const rows = endpoints.flatMap((e) => {
      const own: ChannelMessageModel = e.subscriptionId
        ? { ...model, bulletins: model.bulletins.filter((b) => b.matched.some((m) => m.subscriptionId === e.subscriptionId)) }
        : model;
      if (!own.bulletins.length) return [];
      const body = e.kind === 'webhook' ? renderWebhookEvent(own, now) : renderRobotBody(e.kind, own);
      return [
        {
          id: randomUUID(),
          endpointId: e.id,
          deliveryId: d.id,
          eventType: e.kind === 'webhook' ? MATCHED_EVENT : `${e.kind}.markdown`,
          body,
        },
      ];
    });
    const waiting = await this.messages.insertMany(rows, d.id);
    await this.jobs.enqueueWebhookMessages(waiting);
    return { outcome: 'accepted', providerMessageId: `${rows.length} endpoint(s)` };
  }
}
