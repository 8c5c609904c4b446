import { ApiProperty } from '@nestjs/swagger';

class HeldBackBulletinDto {
  @ApiProperty({ type: String, example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' })
  id: string;

  @ApiProperty({ type: String, example: '滨江区江堤步道提升改造工程施工招标公告' })
  title: string;

  @ApiProperty({ type: String, example: 'https://example.gov.cn/notice/123', nullable: true })
  url: string | null;

  @ApiProperty({ type: String, example: 'aggregator-b' })
  source: string;
}

export class HeldBackItemDto {
  @ApiProperty({
    example: 'quiet_hours',
    enum: ['quiet_hours', 'sms_daily_cap', 'rate_limited', 'unknown_delivery', 'duplicate', 'deadline_passed', 'suppressed'],
  })
  reason: string;

  @ApiProperty({ type: String, example: '免打扰时段，结束后发送' })
  reasonLabel: string;

  @ApiProperty({ enum: ['email', 'sms'], example: 'sms', nullable: true })
  channel: 'email' | 'sms' | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    example: '2026-12-06T00:00:00.000Z',
    nullable: true,
    description: 'When a held message goes out',
  })
  until: Date | null;

  @ApiProperty({ type: HeldBackBulletinDto })
  bulletin: HeldBackBulletinDto;

  @ApiProperty({ type: String, example: null, nullable: true, description: 'duplicate: the notice you were told about instead' })
  sameAsBulletinId: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-05T14:02:11.000Z' })
  at: Date;
}
