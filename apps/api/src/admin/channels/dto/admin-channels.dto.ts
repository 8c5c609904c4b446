import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { WEBHOOK_KINDS, type WebhookKind } from '@app/domain';
import { Trim } from '../../../common/dto-transforms';
import { CreateWebhookDto, WebhookDto } from '../../../webhooks/dto/webhook.dto';
import { QueryBoolean } from '../../common/admin-query.dto';

export class AdminWebhookDto extends WebhookDto {
  @ApiProperty({ format: 'uuid', description: 'the owner: the member, or the admin who made a team endpoint' }) memberId: string;
  @ApiProperty() ownerEmail: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) teamId: string | null;
  @ApiProperty({ type: String, nullable: true }) teamName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'status of the newest message in its log' }) lastStatus: string | null;
}

export class AdminWebhooksQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() memberId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() teamId?: string;
  @ApiPropertyOptional({ enum: WEBHOOK_KINDS }) @IsOptional() @IsIn(WEBHOOK_KINDS) kind?: WebhookKind;
  @ApiPropertyOptional({ description: 'true: only disabled ones; false: only enabled ones' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  disabled?: boolean;
  @ApiPropertyOptional({ default: 100, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class CreateTeamDto {
  @ApiProperty({ example: '投标部' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  memberIds: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: "only these of the members' subscriptions; [] or absent: every match",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  subscriptionIds?: string[];
}

export class UpdateTeamDto {
  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @MinLength(1) @MaxLength(100) name?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  memberIds?: string[];
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  subscriptionIds?: string[];
}

class TeamMemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
}

export class TeamDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [TeamMemberDto] }) members: TeamMemberDto[];
  @ApiProperty({ type: [String], format: 'uuid' }) subscriptionIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) endpointIds: string[];
  @ApiProperty() createdAt: Date;
}

/** A team endpoint takes the team's matches: no subscription of its own. */
export class CreateTeamWebhookDto extends OmitType(CreateWebhookDto, ['subscriptionId'] as const) {}
