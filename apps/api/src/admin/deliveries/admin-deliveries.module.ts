import { Module } from '@nestjs/common';
import { AdminDomainModule } from '@app/domain/admin';
import { MessageContentRepository } from '@app/domain/worker';
import { WebhooksModule } from '@app/domain/channels';
import { AlertComposer, NotifyModule } from '@app/notify';
import { AuthModule } from '../../auth/auth.module';
import { AdminDeliveriesController } from './admin-deliveries.controller';
import { AdminWebhookMessagesController } from './admin-webhook-messages.controller';
import { DeliveryMessage } from './delivery-message.service';

@Module({
  imports: [AuthModule, AdminDomainModule, NotifyModule, WebhooksModule],
  controllers: [AdminDeliveriesController, AdminWebhookMessagesController],
  providers: [MessageContentRepository, AlertComposer, DeliveryMessage],
})
export class AdminDeliveriesModule {}
