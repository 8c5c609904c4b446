import { Module } from '@nestjs/common';
import { WebhooksModule } from '@app/domain/channels';
import { NotifyModule } from '@app/notify';
import { WebhookSendProcessor } from './webhook-send.processor';
import { WebhookSender } from './webhook-sender.service';

@Module({
  imports: [WebhooksModule, NotifyModule],
  providers: [WebhookSender, WebhookSendProcessor],
})
export class WebhooksWorkerModule {}
