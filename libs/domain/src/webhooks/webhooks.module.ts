import { Module } from '@nestjs/common';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { WebhookMessagesRepository } from './webhook-messages.repository';

@Module({
  providers: [WebhookEndpointsRepository, WebhookEndpointsService, WebhookMessagesRepository],
  exports: [WebhookEndpointsService, WebhookMessagesRepository],
})
export class WebhooksModule {}
