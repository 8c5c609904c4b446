import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { type Channel, type Delivery } from '@app/domain';
import { DeliveriesRepository } from '@app/domain/worker';
import { PUSH_CHANNEL_ADAPTERS, type PushChannelAdapter } from './push-channel';

/**
 * Sends a claimed delivery through its channel's adapter and writes the outcome to the ledger, the
 * same way for every channel: accepted → sent, retry later → given back and the job retried,
 * permanent → failed without retries, unknown → never resent.
 */
@Injectable()
export class ChannelDispatcher {
  private readonly byChannel = new Map<Channel, PushChannelAdapter>();

  constructor(
    @Inject(PUSH_CHANNEL_ADAPTERS) adapters: PushChannelAdapter[],
    private readonly deliveries: DeliveriesRepository,
  ) {
    for (const a of adapters) for (const c of a.channels) this.byChannel.set(c, a);
  }

  handles(channel: Channel): boolean {
    return this.byChannel.has(channel);
  }

  async send(d: Delivery, bulletinIds: string[]): Promise<'sent' | 'unknown'> {
    const adapter = this.byChannel.get(d.channel)!;
    let result;
    try {
      result = await adapter.deliver(d, bulletinIds, () => this.deliveries.markTransmitting(d.id));
    } catch (err) {
      await this.deliveries.release(d.id, String((err as Error)?.stack ?? err));
      throw err;
    }
    switch (result.outcome) {
      case 'accepted':
        // Accepted downstream: from here on only recording it (retried), never a release and a resend.
        await this.deliveries.recordSent(d.id, { providerMessageId: result.providerMessageId, subject: result.subject });
        return 'sent';
      case 'unknown':
        await this.deliveries.finish(d.id, 'unknown', { error: result.error });
        return 'unknown';
      case 'retry':
        await this.deliveries.release(d.id, result.error);
        throw new Error(`${d.channel}: ${result.error}`);
      case 'permanent':
        await this.deliveries.finish(d.id, 'failed', { error: result.error });
        throw new UnrecoverableError(`${d.channel}: ${result.error}`);
    }
  }
}
