import type { Channel } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import type { PartyRole } from '@app/domain';
import type { WatchView } from '@app/domain/projects';
import { OptionalNotNull } from '../../common/dto-transforms';

export class WatchInputDto {
  @ApiProperty({
    example: '某某建设集团有限公司',
    description: 'The organisation; 有限公司/有限责任公司, 分公司, brackets, full-width and traditional variants all match',
  })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    example: 'winner',
    enum: ['any', 'buyer', 'agency', 'winner'],
    default: 'any',
    description: 'winner: every award it wins; buyer: everything it publishes',
  })
  @OptionalNotNull()
  @IsIn(['any', 'buyer', 'agency', 'winner'])
  role?: PartyRole;

  @ApiPropertyOptional({ example: ['email'], default: ['email'] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(['email', 'sms'], { each: true })
  channels?: Array<'email' | 'sms'>;

  @ApiPropertyOptional({ example: 'instant', enum: ['instant', 'daily', 'weekly'], default: 'instant' })
  @OptionalNotNull()
  @IsIn(['instant', 'daily', 'weekly'])
  frequency?: 'instant' | 'daily' | 'weekly';
}

export class WatchDto {
  @ApiProperty({ type: String, example: '0c9e7a52-7d7f-4a51-9a3e-2f1f5b1c2d3e' })
  id: string;

  @ApiProperty({ type: String, example: '某某建设集团有限公司' })
  name: string;

  @ApiProperty({ enum: ['any', 'buyer', 'agency', 'winner'], example: 'winner' })
  role: PartyRole;

  @ApiProperty({ enum: ['email', 'sms'], isArray: true, example: ['email'] })
  channels: Channel[];

  @ApiProperty({ enum: ['instant', 'daily', 'weekly'], example: 'instant' })
  frequency: 'instant' | 'daily' | 'weekly';

  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-02T03:00:00.000Z' })
  createdAt: Date;
}

export class PartySuggestionDto {
  @ApiProperty({ type: String, example: '某某市第一人民医院' })
  name: string;

  @ApiProperty({ type: [String], example: ['buyer'], description: 'Roles it was seen in' })
  roles: string[];

  @ApiProperty({ type: Number, example: 12, description: 'Notices it appears in (recent ones)' })
  count: number;
}

export class PartiesQueryDto {
  @ApiProperty({ example: '人民医院' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q: string;
}

export const toWatchDto = (w: WatchView): WatchDto => ({ ...w });
