import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AUDIT_ACTIONS } from '@app/domain/admin';
import { Trim } from '../../../common/dto-transforms';
import { DateRangePageQueryDto } from '../../common/admin-query.dto';
import { PageDto } from '../../common/page.dto';

export class AuditQueryDto extends DateRangePageQueryDto {
  @ApiPropertyOptional({ example: 'ops@example.cn', description: "The admin's id, or part of their email" })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(254)
  actor?: string;

  @ApiPropertyOptional({
    example: 'member.suspend',
    description: `An action (${Object.values(AUDIT_ACTIONS).join(', ')}) or a group (member, delivery…)`,
  })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]+)?$/, { message: 'action must look like member.suspend or member' })
  action?: string;

  @ApiPropertyOptional({ example: 'member', enum: ['member', 'subscription', 'source', 'api_key', 'bulletin', 'delivery', 'queue'] })
  @IsOptional()
  @Matches(/^[a-z_]+$/, { message: 'targetType must be a word such as member' })
  targetType?: string;

  @ApiPropertyOptional({ example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  targetId?: string;
}

export class AuditLogDto {
  @ApiProperty({ example: '5d6e7f80-9a1b-4c2d-8e3f-405162738495' })
  id: string;

  @ApiProperty({ example: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' })
  actorId: string;

  @ApiProperty({ type: String, example: 'ops@example.cn', nullable: true })
  actorEmail: string | null;

  @ApiProperty({ example: 'member.suspend' })
  action: string;

  @ApiProperty({ example: 'member' })
  targetType: string;

  @ApiProperty({ type: String, example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14', nullable: true })
  targetId: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { email: 'li.lei@example.cn', role: 'member', plan: 'free', status: 'active' },
    nullable: true,
  })
  before: unknown;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { email: 'li.lei@example.cn', role: 'member', plan: 'free', status: 'suspended', suppressedNotifications: 2 },
    nullable: true,
  })
  after: unknown;

  @ApiProperty({ type: String, example: '5b1f3c2e-7a4d-4f0e-9c61-2d8e0b7a9f10', nullable: true })
  requestId: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-26T09:00:00.000Z' })
  createdAt: Date;
}

export class AuditPageDto extends PageDto(AuditLogDto, 'AdminAuditPage') {}
