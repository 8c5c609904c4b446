import { Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AdminWebhooksService, AUDIT_ACTIONS, type AuditActor } from '@app/domain/admin';
import { JobProducer } from '@app/queues';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { WebhookDeliveriesQueryDto, WebhookDeliveryDto } from '../../webhooks/dto/webhook.dto';
import { Actor } from '../common/actor.decorator';
import { AdminController } from '../common/admin-controller.decorator';
import { Audited } from '../common/audited.decorator';
import { AdminWebhookDto, AdminWebhooksQueryDto } from './dto/admin-channels.dto';

const WebhookId = () => Param('id', new ParseIdPipe('Webhook'));

/** Every member's and team's webhook and robot endpoints, with their delivery logs. */
@AdminController('webhooks')
export class AdminWebhooksController {
  constructor(
    private readonly webhooks: AdminWebhooksService,
    private readonly jobs: JobProducer,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Endpoints of every member and team, newest first (filter by member, team, kind, disabled)' })
  @ApiOkResponse({ type: [AdminWebhookDto] })
  list(@Query() q: AdminWebhooksQueryDto): Promise<AdminWebhookDto[]> {
    return this.webhooks.list(q, q.limit ?? 100);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One endpoint (never its secret)' })
  @ApiOkResponse({ type: AdminWebhookDto })
  @ApiErrors(404)
  get(@WebhookId() id: string): Promise<AdminWebhookDto> {
    return this.webhooks.get(id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "The endpoint's delivery log, newest first" })
  @ApiOkResponse({ type: [WebhookDeliveryDto] })
  @ApiErrors(404)
  deliveries(@WebhookId() id: string, @Query() q: WebhookDeliveriesQueryDto): Promise<WebhookDeliveryDto[]> {
    return this.webhooks.deliveries(id, q.limit ?? 50, q.before ? new Date(q.before) : undefined);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Audited(AUDIT_ACTIONS.webhookDisable)
  @ApiOperation({ summary: 'Switch an endpoint off (nothing more is sent to it until enabled)' })
  @ApiOkResponse({ type: AdminWebhookDto })
  @ApiErrors(404)
  disable(@Actor() actor: AuditActor, @WebhookId() id: string): Promise<AdminWebhookDto> {
    return this.webhooks.setEnabled(actor, id, false);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @Audited(AUDIT_ACTIONS.webhookEnable)
  @ApiOperation({ summary: 'Switch an endpoint back on (its failure run starts afresh)' })
  @ApiOkResponse({ type: AdminWebhookDto })
  @ApiErrors(404)
  enable(@Actor() actor: AuditActor, @WebhookId() id: string): Promise<AdminWebhookDto> {
    return this.webhooks.setEnabled(actor, id, true);
  }

  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(202)
  @Audited(AUDIT_ACTIONS.webhookReplay)
  @ApiOperation({ summary: 'Send a delivered, failed or unknown message again: same webhook-id and body, fresh signature' })
  @ApiAcceptedResponse({ description: 'queued' })
  @ApiErrors(404, 409)
  async replay(
    @Actor() actor: AuditActor,
    @WebhookId() id: string,
    @Param('deliveryId', new ParseIdPipe('Webhook delivery')) messageId: string,
  ): Promise<{ id: string; status: 'pending' }> {
    const replayed = await this.webhooks.replay(actor, id, messageId);
    await this.jobs.enqueueWebhookMessages([{ ...replayed, nextAttemptAt: new Date() }]);
    return { id: replayed.id, status: 'pending' };
  }
}
