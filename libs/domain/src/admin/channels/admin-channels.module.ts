import { Module } from '@nestjs/common';
import { WebhookEndpointsRepository } from '../../webhooks/webhook-endpoints.repository';
import { WebhooksModule } from '../../webhooks/webhooks.module';
import { AuditTrail } from '../audit/audit-trail.service';
import { AdminTeamsService } from './admin-teams.service';
import { AdminWebhooksRepository } from './admin-webhooks.repository';
import { AdminWebhooksService } from './admin-webhooks.service';

/** Admin views and writes over webhook/robot endpoints and teams. */
@Module({
  imports: [WebhooksModule],
  providers: [AuditTrail, AdminWebhooksRepository, AdminWebhooksService, AdminTeamsService, WebhookEndpointsRepository],
  exports: [AdminWebhooksService, AdminTeamsService],
})
export class AdminChannelsModule {}
