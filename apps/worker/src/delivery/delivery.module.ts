import { Module } from '@nestjs/common';
import { WebhooksModule, WechatModule } from '@app/domain/channels';
import { DeliveriesModule } from '@app/domain/worker';
import { AlertComposer, ChannelComposer, createWechatClient, NotifyModule, WechatClient } from '@app/notify';
import { createRedis } from '@app/queues';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { WechatAdapter } from './channels/wechat.adapter';
import { ChannelDispatcher } from './channels/channel-dispatcher.service';
import { PUSH_CHANNEL_ADAPTERS } from './channels/push-channel';
import { WebhookFanoutAdapter } from './channels/webhook-fanout.adapter';
import { DeliveryProcessor } from './delivery.processor';
import { EmailSender } from './email-sender.service';
import { SmsSender } from './sms-sender.service';

@Module({
  imports: [DeliveriesModule, NotifyModule, WebhooksModule, WechatModule],
  // AlertComposer reads through a domain repository (DeliveriesModule), so it is provided here
  // beside it rather than in NotifyModule, which stays free of persistence.
  providers: [
    AlertComposer,
    ChannelComposer,
    EmailSender,
    SmsSender,
    DeliveryProcessor,
    // Channels beyond email and SMS: one adapter each, one dispatcher recording their outcomes.
    WebhookFanoutAdapter,
    {
      provide: WechatClient,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.wechat ? createWechatClient(config, createRedis(config.redis)) : null),
    },
    WechatAdapter,
    { provide: PUSH_CHANNEL_ADAPTERS, inject: [WebhookFanoutAdapter, WechatAdapter], useFactory: (...adapters: unknown[]) => adapters },
    ChannelDispatcher,
  ],
})
export class DeliveryModule {}
