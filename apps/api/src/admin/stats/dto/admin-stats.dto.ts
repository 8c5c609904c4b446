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

export class NoiseQueryDto {
  @ApiPropertyOptional({ example: 30, minimum: 1, maximum: 90, default: 30, description: 'Matches made in the last N days' })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(90)
  days?: number;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100, default: 20, description: 'How many subscriptions and terms to list' })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  top?: number;
}

export class NoiseSubscriptionDto {
  @ApiProperty({ example: '7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f' })
  id: string;

  @ApiProperty({ example: '市政工程' })
  name: string;

  @ApiProperty({ example: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' })
  memberId: string;

  @ApiProperty({ example: 'zhang@example.cn' })
  memberEmail: string;

  @ApiProperty({ example: 67 })
  matches: number;

  @ApiProperty({ example: 6 })
  marks: number;

  @ApiProperty({ type: Number, example: 0.0896, nullable: true })
  rate: number | null;
}

export class NoiseTermDto {
  @ApiProperty({ example: '市政' })
  term: string;

  @ApiProperty({ example: 240 })
  matches: number;

  @ApiProperty({ example: 21 })
  marks: number;

  @ApiProperty({ type: Number, example: 0.0875, nullable: true })
  rate: number | null;
}

export class NoiseStatsDto {
  @ApiProperty({ example: 30 })
  days: number;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-10-27T00:00:00.000Z' })
  since: Date;

  @ApiProperty({ example: 5230, description: 'Matches made in the window' })
  matches: number;

  @ApiProperty({ example: 412, description: 'Of those, marked 不相关 by their member' })
  marks: number;

  @ApiProperty({ type: Number, example: 0.0788, nullable: true, description: 'marks / matches' })
  rate: number | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { app: 300, email: 112 },
    description: 'Marks by where they were made',
  })
  bySource: Record<string, number>;

  @ApiProperty({ type: [NoiseSubscriptionDto], description: 'Most-marked subscriptions' })
  subscriptions: NoiseSubscriptionDto[];

  @ApiProperty({ type: [NoiseTermDto], description: 'Most-marked keyword entries' })
  terms: NoiseTermDto[];
}
