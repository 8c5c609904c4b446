import { Body, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AdminSubscriptionsRepository, AdminSubscriptionsService, AUDIT_ACTIONS, type AuditActor } from '@app/domain/admin';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { UpdateSubscriptionDto } from '../../subscriptions/dto/subscription-input.dto';
import { Actor } from '../common/actor.decorator';
import { AdminController } from '../common/admin-controller.decorator';
import { pageOf } from '../common/admin-query.dto';
import { Audited } from '../common/audited.decorator';
import {
  AdminSubscriptionDto,
  AdminSubscriptionsPageDto,
  SubscriptionsQueryDto,
  toAdminSubscriptionDto,
} from './dto/admin-subscription.dto';

const SubscriptionId = () => Param('id', new ParseIdPipe('Subscription'));

/** Any member's subscriptions; edits are validated exactly as in the member API (same DTO and service). */
@AdminController('subscriptions')
export class AdminSubscriptionsController {
  constructor(
    private readonly subscriptions: AdminSubscriptionsService,
    private readonly rows: AdminSubscriptionsRepository,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Subscriptions across members, newest first' })
  @ApiOkResponse({ type: AdminSubscriptionsPageDto })
  @ApiErrors(400)
  async list(@Query() query: SubscriptionsQueryDto): Promise<AdminSubscriptionsPageDto> {
    const { memberId, email, q, paused, frequency, channel, region } = query;
    const page = await this.rows.search({ memberId, email, q, paused, frequency, channel, region }, pageOf(query));
    return { ...page, items: page.items.map(toAdminSubscriptionDto) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One subscription' })
  @ApiOkResponse({ type: AdminSubscriptionDto })
  @ApiErrors(404)
  async get(@SubscriptionId() id: string): Promise<AdminSubscriptionDto> {
    return toAdminSubscriptionDto(await this.subscriptions.get(id));
  }

  @Patch(':id')
  @Audited(AUDIT_ACTIONS.subscriptionUpdate)
  @ApiOperation({ summary: "Change the fields sent (the member's plan limits apply)" })
  @ApiBody({ type: UpdateSubscriptionDto, examples: { keywords: { value: { keywords: ['道路', '桥梁'], excludeWords: ['监理'] } } } })
  @ApiOkResponse({ type: AdminSubscriptionDto })
  @ApiErrors(400, 404, 422)
  async update(
    @Actor() actor: AuditActor,
    @SubscriptionId() id: string,
    @Body() dto: UpdateSubscriptionDto,
  ): Promise<AdminSubscriptionDto> {
    return toAdminSubscriptionDto(await this.subscriptions.update(actor, id, dto));
  }

  @Post(':id/pause')
  @HttpCode(200)
  @Audited(AUDIT_ACTIONS.subscriptionPause)
  @ApiOperation({ summary: 'Stop matching and alerts until resumed' })
  @ApiOkResponse({ type: AdminSubscriptionDto })
  @ApiErrors(404)
  async pause(@Actor() actor: AuditActor, @SubscriptionId() id: string): Promise<AdminSubscriptionDto> {
    return toAdminSubscriptionDto(await this.subscriptions.setPaused(actor, id, true));
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Audited(AUDIT_ACTIONS.subscriptionResume)
  @ApiOperation({ summary: 'Match again from now on' })
  @ApiOkResponse({ type: AdminSubscriptionDto })
  @ApiErrors(404)
  async resume(@Actor() actor: AuditActor, @SubscriptionId() id: string): Promise<AdminSubscriptionDto> {
    return toAdminSubscriptionDto(await this.subscriptions.setPaused(actor, id, false));
  }

  @Delete(':id')
  @HttpCode(204)
  @Audited(AUDIT_ACTIONS.subscriptionDelete)
  @ApiOperation({ summary: 'Delete a subscription and its matches (the audit row keeps a copy)' })
  @ApiNoContentResponse()
  @ApiErrors(404)
  async remove(@Actor() actor: AuditActor, @SubscriptionId() id: string): Promise<void> {
    await this.subscriptions.remove(actor, id);
  }
}
