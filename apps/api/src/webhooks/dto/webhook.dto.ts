import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { WEBHOOK_KINDS, type WebhookKind } from '@app/domain';

export class CreateWebhookDto {
  @ApiProperty({
    enum: WEBHOOK_KINDS,
    example: 'webhook',
    description: 'webhook: signed JSON events; wecom / dingtalk / feishu: group-robot markdown',
  })
  @IsIn(WEBHOOK_KINDS)
  kind: WebhookKind;

  @ApiProperty({
    example: 'https://crm.example.com/hooks/tenders',
    description: 'https only; private, loopback and link-local addresses are refused',
  })
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiPropertyOptional({ example: 'CRM 接收' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "Only this subscription's matches; omitted or null: all of them",
  })
  @IsOptional()
  @IsUUID()
  subscriptionId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "DingTalk's or Feishu's robot signing secret (加签 / 签名校验), as the platform shows it",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  robotSecret?: string | null;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  subscriptionId?: string | null;

  @ApiPropertyOptional({ description: 'true re-enables an endpoint switched off after failing' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  robotSecret?: string | null;
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: WEBHOOK_KINDS }) kind: WebhookKind;
  @ApiProperty({ enum: ['webhook', 'robot'], description: 'the subscription channel that feeds it' }) channel: 'webhook' | 'robot';
  @ApiProperty() url: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) subscriptionId: string | null;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) disabledReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'start of the current run of failures' })
  failingSince: Date | null;
  @ApiProperty() hasSecret: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'until then the previous secret signs too' })
  previousSecretUntil: Date | null;
  @ApiProperty() createdAt: Date;
}

export class CreatedWebhookDto extends WebhookDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'shown only now (webhook kind)',
  })
  secret: string | null;
}

export class RotatedSecretDto {
  @ApiProperty({ example: 'whsec_…', description: 'shown only now' }) secret: string;
  @ApiProperty() previousSecretUntil: Date;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'the webhook-id header is msg_<id>' }) id: string;
  @ApiProperty({ format: 'uuid' }) deliveryId: string;
  @ApiProperty({ example: 'bulletins.matched' }) eventType: string;
  @ApiProperty({ enum: ['pending', 'sending', 'delivered', 'failed', 'unknown'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: Number, nullable: true }) responseStatus: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt: Date | null;
  @ApiProperty() nextAttemptAt: Date;
}

export class WebhookDeliveriesQueryDto {
  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'createdAt of the last item of the previous page' })
  @IsOptional()
  @IsISO8601()
  before?: string;
}
