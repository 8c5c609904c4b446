import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Delivery, type WebhookKind } from '@app/domain';
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
  readonly channels = ['webhook', 'robot', 'team'] as const;

  constructor(
    private readonly composer: ChannelComposer,
    private readonly messages: WebhookMessagesRepository,
    private readonly jobs: JobProducer,
  ) {}

  async deliver(d: Delivery, bulletinIds: string[]): Promise<ChannelOutcome> {
    if (d.channel === 'team') return this.deliverToTeams(d, bulletinIds);
    const endpoints = await this.messages.activeEndpoints(d.memberId, d.channel as 'webhook' | 'robot');
    if (!endpoints.length) return { outcome: 'permanent', error: 'no enabled endpoint' };
    const model = await this.composer.compose(d, bulletinIds);
    const only = (e: { subscriptionId: string | null }) => (b: ChannelMessageModel['bulletins'][number]) =>
      !e.subscriptionId || b.matched.some((m) => m.subscriptionId === e.subscriptionId);
    return this.store(
      d,
      model,
      endpoints.map((e) => ({ ...e, keep: only(e) })),
    );
  }

  /**
   * The member's matches to each team endpoint the member's teams have: only the subscriptions the
   * team takes, and only bulletins no other member's delivery carried there first.
   */
  private async deliverToTeams(d: Delivery, bulletinIds: string[]): Promise<ChannelOutcome> {
    const endpoints = await this.messages.teamEndpoints(d.memberId);
    if (!endpoints.length) return { outcome: 'permanent', error: 'no enabled team endpoint' };
    const model = await this.composer.compose(d, bulletinIds);
    const targets = [];
    for (const e of endpoints) {
      const taken = (b: ChannelMessageModel['bulletins'][number]) =>
        !e.subscriptionIds.length || b.matched.some((m) => e.subscriptionIds.includes(m.subscriptionId));
      const held = await this.messages.claimTeamBulletins(
        e.id,
        d.id,
        model.bulletins.filter(taken).map((b) => b.id),
      );
      targets.push({ ...e, keep: (b: ChannelMessageModel['bulletins'][number]) => held.has(b.id) });
    }
    return this.store(d, model, targets);
  }

  private async store(
    d: Delivery,
    model: ChannelMessageModel,
    endpoints: Array<{ id: string; kind: WebhookKind; keep: (b: ChannelMessageModel['bulletins'][number]) => boolean }>,
  ): Promise<ChannelOutcome> {
    const now = new Date();
    const rows = endpoints.flatMap((e) => {
      const own: ChannelMessageModel = { ...model, bulletins: model.bulletins.filter(e.keep) };
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
