import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { OptionalNotNull } from '../../common/dto-transforms';

export class MemberDeliveriesQueryDto {
  @ApiPropertyOptional({ example: 50, minimum: 1, maximum: 200, default: 50 })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class MemberDeliveryDto {
  @ApiProperty({ example: '9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6' })
  id: string;

  @ApiProperty({ enum: ['email', 'sms', 'wechat', 'webhook', 'robot', 'team'], example: 'email' })
  channel: string;

  @ApiProperty({ enum: ['instant', 'daily', 'weekly'], example: 'daily' })
  kind: string;

  @ApiProperty({ enum: ['pending', 'sending', 'sent', 'failed', 'bounced', 'unknown', 'held'], example: 'sent' })
  status: string;

  @ApiProperty({ type: String, example: '【标讯订阅】3月5日 12条新标讯：道路、市政 · 重庆', nullable: true })
  subject: string | null;

  @ApiProperty({ example: 12, description: 'Bulletins the message carried' })
  bulletins: number;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-03-05T00:00:00.000Z' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-03-05T00:00:02.000Z', nullable: true })
  sentAt: Date | null;
}
