import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { OptionalNotNull } from '../../../common/dto-transforms';

export class StatsQueryDto {
  @ApiPropertyOptional({ example: 30, minimum: 1, maximum: 90, default: 30 })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(90)
  days?: number;

  @ApiPropertyOptional({ example: 'Asia/Shanghai', default: 'Asia/Shanghai', description: 'IANA time zone the days are counted in' })
  @OptionalNotNull()
  @IsString()
  timezone?: string;
}

export class DayStatsDto {
  @ApiProperty({ example: '2026-11-26' })
  date: string;

  @ApiProperty({ example: 412, description: 'Bulletins ingested' })
  bulletins: number;

  @ApiProperty({ example: 1290 })
  matches: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'number' } },
    example: { email: { sent: 310, failed: 2, bounced: 1 }, sms: { sent: 40, held: 3 } },
    description: 'Deliveries created that day: channel → status → count',
  })
  deliveries: Record<string, Record<string, number>>;
}

export class QueueDepthDto {
  @ApiProperty({ example: 'delivery-send' })
  name: string;

  @ApiProperty({ example: 3 })
  waiting: number;

  @ApiProperty({ example: 1 })
  active: number;

  @ApiProperty({ example: 12, description: 'Includes instant deliveries waiting for their coalescing window' })
  delayed: number;

  @ApiProperty({ example: 0 })
  prioritized: number;

  @ApiProperty({ example: 2, description: 'Jobs that used up their attempts (kept 7 days)' })
  failed: number;
}

export class StatsTotalsDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { active: 1520, suspended: 4 } })
  members: Record<string, number>;

  @ApiProperty({ example: 4210 })
  activeSubscriptions: number;

  @ApiProperty({ example: 7, description: 'Members whose address bounced' })
  bouncedMembers: number;

  @ApiProperty({ example: 9, description: 'Deliveries that bounced within the window' })
  bouncedDeliveries: number;

  @ApiProperty({ example: 23, description: 'Members with email turned off (unsubscribed)' })
  unsubscribedMembers: number;
}

export class AdminStatsDto {
  @ApiProperty({ example: 'Asia/Shanghai' })
  timezone: string;

  @ApiProperty({ type: [DayStatsDto], description: 'Oldest first, today last' })
  days: DayStatsDto[];

  @ApiProperty({ type: StatsTotalsDto })
  totals: StatsTotalsDto;

  @ApiProperty({ type: [QueueDepthDto] })
  queues: QueueDepthDto[];
}
