import type { Channel, Delivery } from '@app/domain';

/** What a push channel says about one claimed delivery. */
export type ChannelOutcome =
  | { outcome: 'accepted'; providerMessageId: string; subject?: string }
  | { outcome: 'retry'; error: string }
  | { outcome: 'permanent'; error: string }
  | { outcome: 'unknown'; error: string };

/**
 * A push channel beyond email and SMS. It renders the claimed delivery and hands it on, calling
 * `transmitting()` at the point after which the recipient may have it. Throwing means "not sent,
 * retry" (the database, most likely).
 */
export interface PushChannelAdapter {
  readonly channels: readonly Channel[];
  deliver(d: Delivery, bulletinIds: string[], transmitting: () => Promise<void>): Promise<ChannelOutcome>;
}

export const PUSH_CHANNEL_ADAPTERS = Symbol('PUSH_CHANNEL_ADAPTERS');
