import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../../common/dto-transforms';
import { PageQueryDto } from '../../common/admin-query.dto';
import { PageDto } from '../../common/page.dto';
import { AdminSubscriptionDto } from '../../subscriptions/dto/admin-subscription.dto';

const STATUSES = ['active', 'suspended'] as const;
const PLANS = ['free', 'pro'] as const;
const ROLES = ['member', 'admin'] as const;

export class MembersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '13800138000', description: 'Part of the email, phone, company or display name' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ enum: PLANS })
  @IsOptional()
  @IsIn(PLANS)
  plan?: (typeof PLANS)[number];

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: (typeof ROLES)[number];
}

export class SetPlanDto {
  @ApiProperty({ enum: PLANS, example: 'pro', description: 'Limits apply to the next change; subscriptions above a lower limit are kept' })
  @IsIn(PLANS)
  plan: (typeof PLANS)[number];
}

export class AdminMemberDto {
  @ApiProperty({ example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14' })
  id: string;

  @ApiProperty({ example: 'li.lei@example.cn' })
  email: string;

  @ApiProperty({ type: String, example: '李雷', nullable: true })
  displayName: string | null;

  @ApiProperty({ type: String, example: '重庆某建设工程有限公司', nullable: true })
  company: string | null;

  @ApiProperty({ type: String, example: '+8613800138000', nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-02T03:04:05.000Z', nullable: true })
  phoneVerifiedAt: Date | null;

  @ApiProperty({ enum: ROLES, example: 'member' })
  role: string;

  @ApiProperty({ enum: PLANS, example: 'free' })
  plan: string;

  @ApiProperty({ enum: STATUSES, example: 'active' })
  status: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-01T08:00:00.000Z', nullable: true })
  emailVerifiedAt: Date | null;

  @ApiProperty({ example: true, description: 'false after a one-click unsubscribe' })
  emailEnabled: boolean;

  @ApiProperty({ type: String, format: 'date-time', example: null, nullable: true, description: 'Set by a permanent SMTP failure' })
  emailBouncedAt: Date | null;

  @ApiProperty({ example: false })
  smsEnabled: boolean;

  @ApiProperty({ example: 'Asia/Shanghai' })
  timezone: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-01T08:00:00.000Z' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-20T08:00:00.000Z' })
  updatedAt: Date;

  @ApiProperty({ example: 3 })
  subscriptionCount: number;
}

export class MembersPageDto extends PageDto(AdminMemberDto, 'AdminMembersPage') {}

export class RecentDeliveryDto {
  @ApiProperty({ example: '9c0e1f2a-3b4c-4d5e-8f60-718293a4b5c6' })
  id: string;

  @ApiProperty({ enum: ['email', 'sms', 'wechat', 'webhook', 'robot', 'team'], example: 'email' })
  channel: string;

  @ApiProperty({ enum: ['instant', 'daily', 'weekly'], example: 'instant' })
  kind: string;

  @ApiProperty({ enum: ['pending', 'sending', 'sent', 'failed', 'bounced', 'unknown', 'held'], example: 'sent' })
  status: string;

  @ApiProperty({ example: 1 })
  attempts: number;

  @ApiProperty({ type: String, example: '【标讯订阅】渝中区解放碑片区道路改造工程… 等1条', nullable: true })
  subject: string | null;

  @ApiProperty({ type: String, example: null, nullable: true })
  error: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-20T08:00:05.000Z', nullable: true })
  sentAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-20T08:00:00.000Z' })
  createdAt: Date;

  @ApiProperty({ example: 1 })
  bulletinCount: number;
}

export class AdminMemberDetailDto extends AdminMemberDto {
  @ApiProperty({ type: [AdminSubscriptionDto] })
  subscriptions: AdminSubscriptionDto[];

  @ApiProperty({ type: [RecentDeliveryDto], description: 'The newest 20' })
  recentDeliveries: RecentDeliveryDto[];
}
