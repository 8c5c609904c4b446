import { Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_KINDS, type WebhookKind } from '@app/domain';
import { WebhookMessagesRepository } from '@app/domain/channels';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { AdminController } from '../common/admin-controller.decorator';

class AdminWebhookMessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) endpointId: string;
  @ApiProperty({ enum: WEBHOOK_KINDS }) kind: WebhookKind;
  @ApiProperty() url: string;
  @ApiProperty({ enum: ['pending', 'sending', 'delivered', 'failed', 'unknown'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true }) responseStatus: number | null;
  @ApiProperty({ nullable: true }) error: string | null;
  @ApiProperty({ nullable: true }) deliveredAt: Date | null;
  @ApiProperty() createdAt: Date;
}

/** A webhook or robot delivery goes on as one message per endpoint: this is where each one stands. */
@AdminController('deliveries')
export class AdminWebhookMessagesController {
  constructor(private readonly messages: WebhookMessagesRepository) {}

  @Get(':id/webhook-messages')
  @ApiOperation({ summary: "A webhook or robot delivery's messages, one per endpoint, with status, attempts and the last answer" })
  @ApiOkResponse({ type: [AdminWebhookMessageDto] })
  @ApiErrors(404)
  list(@Param('id', new ParseIdPipe('Delivery')) id: string): Promise<AdminWebhookMessageDto[]> {
    return this.messages.forDelivery(id);
  }
}
