import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { type Channel, LEDGER_CHANNELS } from '@app/domain';
import { BULK_RETRY_MAX, RETRYABLE_STATUSES } from '@app/domain/admin';
import { OptionalNotNull } from '../../../common/dto-transforms';
import { DateRangePageQueryDto } from '../../common/admin-query.dto';
import { PageDto } from '../../common/page.dto';

const STATUSES = ['pending', 'sending', 'sent', 'failed', 'bounced', 'unknown', 'held'] as const;
const KINDS = ['instant', 'daily', 'weekly'] as const;

export class DeliveriesQueryDto extends DateRangePageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ enum: LEDGER_CHANNELS })
  @IsOptional()
  @IsIn(LEDGER_CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ enum: KINDS })
  @IsOptional()
  @IsIn(KINDS)
  kind?: (typeof KINDS)[number];

  @ApiPropertyOptional({ example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

export class BulkRetryDto {
  @ApiPropertyOptional({ enum: RETRYABLE_STATUSES, default: 'failed' })
  @OptionalNotNull()
  @IsIn(RETRYABLE_STATUSES)
  status?: 'failed' | 'bounced' | 'unknown';

  @ApiPropertyOptional({ enum: LEDGER_CHANNELS })
  @OptionalNotNull()
  @IsIn(LEDGER_CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ enum: KINDS })
  @OptionalNotNull()
  @IsIn(KINDS)
  kind?: (typeof KINDS)[number];

  @ApiPropertyOptional({ example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14' })
  @OptionalNotNull()
  @IsUUID()
  memberId?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    example: '2026-11-26T00:00:00+08:00',
    description: 'Created at or after (inclusive)',
  })
  @OptionalNotNull()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date' })
  from?: Date;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    example: '2026-11-27T00:00:00+08:00',
    description: 'Created before (exclusive)',
  })
  @OptionalNotNull()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date' })
  to?: Date;

  @ApiPropertyOptional({ example: 100, minimum: 1, maximum: BULK_RETRY_MAX, default: 100, description: 'Oldest first' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(BULK_RETRY_MAX)
  limit?: number;
}

export class AdminDeliveryDto {
  @ApiProperty({ example: '9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6' })
  id: string;

  @ApiProperty({ example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14' })
  memberId: string;

  @ApiProperty({ example: 'li.lei@example.cn' })
  memberEmail: string;

  @ApiProperty({ enum: LEDGER_CHANNELS, example: 'email' })
  channel: string;

  @ApiProperty({ enum: KINDS, example: 'instant' })
  kind: string;

  @ApiProperty({ enum: STATUSES, example: 'failed' })
  status: string;

  @ApiProperty({ example: 8 })
  attempts: number;

  @ApiProperty({ type: String, example: '【标讯订阅】渝中区解放碑片区道路改造工程… 等1条', nullable: true })
  subject: string | null;

  @ApiProperty({
    type: String,
    example: '421 4.3.0 Temporary system problem',
    nullable: true,
    description: 'Last error; for held deliveries the reason they wait',
  })
  error: string | null;

  @ApiProperty({ type: String, example: '<delivery-9c0e1f2a@alerts.example.cn>', nullable: true })
  providerMessageId: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T02:01:00.000Z' })
  dueAt: Date;

  @ApiProperty({ type: String, format: 'date-time', example: null, nullable: true })
  sentAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T02:00:03.000Z' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T02:09:00.000Z' })
  updatedAt: Date;

  @ApiProperty({ example: 1 })
  bulletinCount: number;
}

export class AdminDeliveriesPageDto extends PageDto(AdminDeliveryDto, 'AdminDeliveriesPage') {}

class CarriedSubscriptionDto {
  @ApiProperty({ example: '7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f' })
  id: string;

  @ApiProperty({ example: '渝中区市政道路' })
  name: string;

  @ApiProperty({ example: ['道路'] })
  hits: string[];
}

export class CarriedBulletinDto {
  @ApiProperty({ example: 'c2a1e7f0-5b3d-4c8e-a1f2-9d8e7c6b5a40' })
  id: string;

  @ApiProperty({ example: '渝中区解放碑片区道路改造工程施工招标公告' })
  title: string;

  @ApiProperty({ type: String, example: 'https://www.example.gov.cn/zbgg/2026/123.html', nullable: true })
  url: string | null;

  @ApiProperty({ example: 'tender' })
  category: string;

  @ApiProperty({ type: String, example: '500103', nullable: true })
  regionCode: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T02:00:00.000Z', nullable: true })
  publishedAt: Date | null;

  @ApiProperty({ type: Number, example: 3_500_000, nullable: true })
  budgetYuan: number | null;

  @ApiProperty({ type: String, format: 'date-time', example: null, nullable: true })
  withdrawnAt: Date | null;

  @ApiProperty({ example: 'assigned' })
  notificationStatus: string;

  @ApiProperty({ type: [CarriedSubscriptionDto] })
  subscriptions: CarriedSubscriptionDto[];
}

export class AdminDeliveryDetailDto extends AdminDeliveryDto {
  @ApiProperty({ example: '2026-11-25T02:01:00.000Z', description: 'Instant: the coalescing window; digests: local date or ISO week' })
  periodKey: string;

  @ApiProperty({ type: String, format: 'date-time', example: null, nullable: true })
  leaseUntil: Date | null;

  @ApiProperty({
    type: [CarriedBulletinDto],
    description:
      'What the message carried (or will carry), grouped under the subscriptions that caught each bulletin; with `subject` this is the message as sent',
  })
  bulletins: CarriedBulletinDto[];
}

export class RetriedDeliveryDto {
  @ApiProperty({ example: '9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6' })
  id: string;

  @ApiProperty({ example: 8 })
  attempts: number;

  @ApiProperty({ example: 'delivery-9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6-a8', description: 'The delivery.send job' })
  jobId: string;
}

export class BulkRetryResultDto {
  @ApiProperty({ example: 2 })
  retried: number;

  @ApiProperty({ type: [RetriedDeliveryDto] })
  deliveries: RetriedDeliveryDto[];
}

export class DeliveryMessageDto {
  @ApiProperty({ example: '【标讯订阅】3月5日 12条新标讯：道路、市政 · 重庆' })
  subject: string;

  @ApiProperty({ description: 'The HTML part, every bulletin field escaped' })
  html: string;

  @ApiProperty({ description: 'The plain-text part' })
  text: string;
}
