import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { type Channel, CHANNELS, SUBSCRIPTION_FREQUENCIES } from '@app/domain';
import { type AdminSubscriptionView } from '@app/domain/admin';
import { Trim } from '../../../common/dto-transforms';
import { SubscriptionDto, toSubscriptionDto } from '../../../subscriptions/dto/subscription.dto';
import { PageQueryDto, QueryBoolean } from '../../common/admin-query.dto';
import { PageDto } from '../../common/page.dto';

export class SubscriptionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14' })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @ApiPropertyOptional({ example: 'example.cn', description: "Part of the member's email" })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '道路', description: 'Part of the name or of a keyword' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  paused?: boolean;

  @ApiPropertyOptional({ enum: SUBSCRIPTION_FREQUENCIES })
  @IsOptional()
  @IsIn(SUBSCRIPTION_FREQUENCIES)
  frequency?: 'instant' | 'daily' | 'weekly';

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ example: '500103', description: 'Subscriptions listing this region code' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'region must be a six-digit region code' })
  region?: string;
}

/** The member API's subscription, plus whose it is. */
export class AdminSubscriptionDto extends SubscriptionDto {
  @ApiProperty({ example: '0b8e3c52-1f7a-4d8e-9a61-3c2f0e7b5d14' })
  memberId: string;

  @ApiProperty({ example: 'li.lei@example.cn' })
  memberEmail: string;

  @ApiProperty({ enum: ['active', 'suspended'], example: 'active' })
  memberStatus: string;
}

export class AdminSubscriptionsPageDto extends PageDto(AdminSubscriptionDto, 'AdminSubscriptionsPage') {}

export function toAdminSubscriptionDto(s: AdminSubscriptionView): AdminSubscriptionDto {
  return { ...toSubscriptionDto(s), memberId: s.memberId, memberEmail: s.memberEmail, memberStatus: s.memberStatus };
}
