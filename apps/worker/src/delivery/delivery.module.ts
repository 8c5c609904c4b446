import { Module } from '@nestjs/common';
import { DeliveriesModule, WebhooksModule } from '@app/domain';
import { AlertComposer, ChannelComposer, NotifyModule } from '@app/notify';
import { ChannelDispatcher } from './channels/channel-dispatcher.service';
import { PUSH_CHANNEL_ADAPTERS } from './channels/push-channel';
import { WebhookFanoutAdapter } from './channels/webhook-fanout.adapter';
import { DeliveryProcessor } from './delivery.processor';
import { EmailSender } from './email-sender.service';
import { SmsSender } from './sms-sender.service';

@Module({
  imports: [DeliveriesModule, NotifyModule, WebhooksModule],
  // AlertComposer reads Postgres, so it is provided where the TypeORM root is.
  providers: [
    AlertComposer,
    ChannelComposer,
    EmailSender,
    SmsSender,
    DeliveryProcessor,
    // Channels beyond email and SMS: one adapter each, one dispatcher recording their outcomes.
    WebhookFanoutAdapter,
    { provide: PUSH_CHANNEL_ADAPTERS, inject: [WebhookFanoutAdapter], useFactory: (...adapters: unknown[]) => adapters },
    ChannelDispatcher,
  ],
})
export class DeliveryModule {}
