import { ApiProperty } from '@nestjs/swagger';
import type { Member } from '@app/domain';

class PlanLimitsDto {
  @ApiProperty({ example: 3 })
  subscriptions: number;

  @ApiProperty({ example: 10, description: 'Keywords per subscription' })
  keywords: number;
}

export class ProfileDto {
  @ApiProperty({ example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14' })
  id: string;

  @ApiProperty({ example: 'li.lei@example.cn' })
  email: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-20T08:00:00.000Z', nullable: true })
  emailVerifiedAt: Date | null;

  @ApiProperty({ enum: ['member', 'admin'], example: 'member' })
  role: string;

  @ApiProperty({ enum: ['free', 'pro'], example: 'free' })
  plan: string;

  @ApiProperty({ type: PlanLimitsDto })
  limits: PlanLimitsDto;

  @ApiProperty({ type: String, example: '李雷', nullable: true })
  displayName: string | null;

  @ApiProperty({ type: String, example: '重庆某建设工程有限公司', nullable: true })
  company: string | null;

  @ApiProperty({ type: String, example: '+8613800138000', nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: null, nullable: true })
  phoneVerifiedAt: Date | null;

  @ApiProperty({ example: 'Asia/Shanghai' })
  timezone: string;

  @ApiProperty({ example: 8 })
  digestHour: number;

  @ApiProperty({ example: 1 })
  digestWeekday: number;

  @ApiProperty({ example: '22:00' })
  quietStart: string;

  @ApiProperty({ example: '08:00' })
  quietEnd: string;

  @ApiProperty({ example: true })
  emailEnabled: boolean;

  @ApiProperty({ example: false })
  smsEnabled: boolean;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-20T08:05:00.000Z', nullable: true })
  consentAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-20T08:00:00.000Z' })
  createdAt: Date;
}

export function toProfileDto(m: Member, limits: { subscriptions: number; keywords: number }): ProfileDto {
  return {
    id: m.id,
    email: m.email,
    emailVerifiedAt: m.emailVerifiedAt,
    role: m.role,
    plan: m.plan,
    limits,
    displayName: m.displayName,
    company: m.company,
    phone: m.phone,
    phoneVerifiedAt: m.phoneVerifiedAt,
    timezone: m.timezone,
    digestHour: m.digestHour,
    digestWeekday: m.digestWeekday,
    quietStart: m.quietStart,
    quietEnd: m.quietEnd,
    emailEnabled: m.emailEnabled,
    smsEnabled: m.smsEnabled,
    consentAt: m.consentAt,
    createdAt: m.createdAt,
  };
}
