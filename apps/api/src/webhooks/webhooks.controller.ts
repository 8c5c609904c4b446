import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WebhookEndpointsService } from '@app/domain/channels';
import { JobProducer } from '@app/queues';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import {
  CreatedWebhookDto,
  CreateWebhookDto,
  RotatedSecretDto,
  UpdateWebhookDto,
  WebhookDeliveriesQueryDto,
  WebhookDeliveryDto,
  WebhookDto,
} from './dto/webhook.dto';

const WebhookId = () => Param('id', new ParseIdPipe('Webhook'));

@ApiTags('webhooks')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@ApiErrors(401)
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhookEndpointsService,
    private readonly jobs: JobProducer,
  ) {}

  @Get()
  @ApiOperation({ summary: "The member's webhook and chat-robot endpoints (secrets are never listed)" })
  @ApiOkResponse({ type: [WebhookDto] })
  list(@CurrentMember() member: AuthenticatedMember): Promise<WebhookDto[]> {
    return this.webhooks.list(member.id);
  }

  @Post()
  @ApiOperation({ summary: 'Register an endpoint; a webhook gets its signing secret in this answer only' })
  @ApiCreatedResponse({ type: CreatedWebhookDto })
  @ApiErrors(400, 404, 422)
  async create(@CurrentMember() member: AuthenticatedMember, @Body() dto: CreateWebhookDto): Promise<CreatedWebhookDto> {
    const { endpoint, secret } = await this.webhooks.create(member.id, dto);
    return { ...endpoint, secret };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One endpoint (without its secret)' })
  @ApiOkResponse({ type: WebhookDto })
  @ApiErrors(404)
  get(@CurrentMember() member: AuthenticatedMember, @WebhookId() id: string): Promise<WebhookDto> {
    return this.webhooks.get(member.id, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change URL, description, subscription or robot secret; enabled=true re-enables a disabled endpoint' })
  @ApiOkResponse({ type: WebhookDto })
  @ApiErrors(400, 404)
  update(@CurrentMember() member: AuthenticatedMember, @WebhookId() id: string, @Body() dto: UpdateWebhookDto): Promise<WebhookDto> {
    return this.webhooks.update(member.id, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the endpoint and its delivery log' })
  @ApiNoContentResponse()
  @ApiErrors(404)
  async remove(@CurrentMember() member: AuthenticatedMember, @WebhookId() id: string): Promise<void> {
    await this.webhooks.remove(member.id, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'New signing secret (shown once); the old one keeps signing beside it for WEBHOOK_SECRET_OVERLAP_MS' })
  @ApiOkResponse({ type: RotatedSecretDto })
  @ApiErrors(404, 409)
  rotate(@CurrentMember() member: AuthenticatedMember, @WebhookId() id: string): Promise<RotatedSecretDto> {
    return this.webhooks.rotateSecret(member.id, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "The endpoint's delivery log, newest first" })
  @ApiOkResponse({ type: [WebhookDeliveryDto] })
  @ApiErrors(404)
  deliveries(
    @CurrentMember() member: AuthenticatedMember,
    @WebhookId() id: string,
    @Query() q: WebhookDeliveriesQueryDto,
  ): Promise<WebhookDeliveryDto[]> {
    return this.webhooks.deliveries(member.id, id, q.limit ?? 50, q.before ? new Date(q.before) : undefined);
  }

  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivered, failed or unknown message again: same webhook-id and body, fresh signature' })
  @ApiErrors(404, 409)
  async replay(
    @CurrentMember() member: AuthenticatedMember,
    @WebhookId() id: string,
    @Param('deliveryId', new ParseIdPipe('Webhook delivery')) messageId: string,
  ): Promise<{ id: string; status: 'pending' }> {
    const replayed = await this.webhooks.replay(member.id, id, messageId);
    await this.jobs.enqueueWebhookMessages([{ ...replayed, nextAttemptAt: new Date() }]);
    return { id: replayed.id, status: 'pending' };
  }
}
