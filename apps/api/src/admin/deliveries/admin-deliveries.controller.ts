import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { type DueDelivery } from '@app/domain';
import { AdminDeliveriesRepository, AdminDeliveriesService, AUDIT_ACTIONS, type AuditActor } from '@app/domain/admin';
import { JobProducer } from '@app/queues';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { Actor } from '../common/actor.decorator';
import { AdminController } from '../common/admin-controller.decorator';
import { pageOf } from '../common/admin-query.dto';
import { Audited } from '../common/audited.decorator';
import { DeliveryMessage } from './delivery-message.service';
import {
  AdminDeliveriesPageDto,
  AdminDeliveryDetailDto,
  BulkRetryDto,
  BulkRetryResultDto,
  DeliveriesQueryDto,
  DeliveryMessageDto,
  RetriedDeliveryDto,
} from './dto/admin-delivery.dto';

const DeliveryId = () => Param('id', new ParseIdPipe('Delivery'));

/** The delivery log, and retries of what failed. */
@AdminController('deliveries')
export class AdminDeliveriesController {
  constructor(
    private readonly deliveries: AdminDeliveriesService,
    private readonly rows: AdminDeliveriesRepository,
    private readonly jobs: JobProducer,
    private readonly message: DeliveryMessage,
  ) {}

  @Get(':id/message')
  @ApiOperation({ summary: 'The delivery rendered as the member receives it (subject, HTML and text parts)' })
  @ApiOkResponse({ type: DeliveryMessageDto })
  @ApiErrors(404)
  renderMessage(@DeliveryId() id: string): Promise<DeliveryMessageDto> {
    return this.message.render(id);
  }

  @Get()
  @ApiOperation({ summary: 'Deliveries by status, channel, kind, member and creation date; newest first' })
  @ApiOkResponse({ type: AdminDeliveriesPageDto })
  @ApiErrors(400)
  list(@Query() query: DeliveriesQueryDto): Promise<AdminDeliveriesPageDto> {
    const { status, channel, kind, memberId, from, to } = query;
    return this.rows.search({ status: status ? [status] : undefined, channel, kind, memberId, from, to }, pageOf(query));
  }

  @Post('retry')
  @HttpCode(202)
  @Audited(AUDIT_ACTIONS.deliveryBulkRetry)
  @ApiOperation({
    summary: 'Retry every delivery of a filter (failed by default; bounced and unknown on request), up to `limit`, oldest first',
  })
  @ApiAcceptedResponse({ type: BulkRetryResultDto })
  @ApiErrors(400)
  async retryMany(@Actor() actor: AuditActor, @Body() dto: BulkRetryDto): Promise<BulkRetryResultDto> {
    const { status, channel, kind, memberId, from, to, limit } = dto;
    const due = await this.deliveries.retryMany(
      actor,
      { status: status ? [status] : undefined, channel, kind, memberId, from, to },
      limit ?? 100,
    );
    const deliveries = await this.enqueue(due);
    return { retried: deliveries.length, deliveries };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One delivery: attempts, error, provider id, subject and the bulletins it carried' })
  @ApiOkResponse({ type: AdminDeliveryDetailDto })
  @ApiErrors(404)
  get(@DeliveryId() id: string): Promise<AdminDeliveryDetailDto> {
    return this.deliveries.get(id);
  }

  @Post(':id/retry')
  @HttpCode(202)
  @Audited(AUDIT_ACTIONS.deliveryRetry)
  @ApiOperation({ summary: 'Send a failed, bounced or unknown delivery again now' })
  @ApiAcceptedResponse({ type: RetriedDeliveryDto })
  @ApiErrors(404, 409)
  async retry(@Actor() actor: AuditActor, @DeliveryId() id: string): Promise<RetriedDeliveryDto> {
    const [retried] = await this.enqueue([await this.deliveries.retry(actor, id)]);
    return retried;
  }

  // The attempt count in the job id makes this a new job beside the failed one BullMQ keeps. If the
  // process dies before this, the sweeper finds the pending row and enqueues it.
  private enqueue(due: DueDelivery[]): Promise<RetriedDeliveryDto[]> {
    return this.jobs.enqueueDeliveries(due);
  }
}
