import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CLOCK_TIME } from '@app/domain';
import { OptionalNotNull, Trim } from '../../common/dto-transforms';

/** Only these fields can change; role, plan, status and email are not accepted (400). */
export class UpdateProfileDto {
  @ApiPropertyOptional({ type: String, example: '李雷', nullable: true, maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  displayName?: string | null;

  @ApiPropertyOptional({ type: String, example: '重庆某建设工程有限公司', nullable: true, maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  company?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: '13800138000',
    nullable: true,
    description: 'Read as +86 unless it starts with +; stored as E.164. Changing it clears its verification and turns SMS off',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string | null;

  @ApiPropertyOptional({ example: 'Asia/Shanghai', description: 'IANA time zone' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(64)
  timezone?: string;

  @ApiPropertyOptional({ example: 8, minimum: 0, maximum: 23, description: 'Local hour of the daily/weekly digest' })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(23)
  digestHour?: number;

  @ApiPropertyOptional({ example: 1, minimum: 0, maximum: 6, description: '0 = Sunday … 6 = Saturday, for the weekly digest' })
  @OptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(6)
  digestWeekday?: number;

  @ApiPropertyOptional({ example: '22:00', description: 'SMS quiet hours start, HH:MM local time' })
  @OptionalNotNull()
  @Matches(CLOCK_TIME, { message: 'must be HH:MM (00:00 to 23:59)' })
  quietStart?: string;

  @ApiPropertyOptional({ example: '08:00', description: 'SMS quiet hours end, HH:MM local time' })
  @OptionalNotNull()
  @Matches(CLOCK_TIME, { message: 'must be HH:MM (00:00 to 23:59)' })
  quietEnd?: string;

  @ApiPropertyOptional({ example: true })
  @OptionalNotNull()
  @IsBoolean()
  emailEnabled?: boolean;

  @ApiPropertyOptional({ example: false, description: 'Needs a verified phone and consent to alerts' })
  @OptionalNotNull()
  @IsBoolean()
  smsEnabled?: boolean;

  @ApiPropertyOptional({ example: true, description: 'true records when consent was given; false withdraws it (and turns SMS off)' })
  @OptionalNotNull()
  @IsBoolean()
  consentToAlerts?: boolean;
}
