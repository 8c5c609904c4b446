import { BULLETIN_CATEGORIES } from '@app/parsing';
import type { Channel } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, Max, Min } from 'class-validator';
import type { FollowView } from '@app/domain/projects';
import { OptionalNotNull } from '../../common/dto-transforms';
import { stageLabel } from '../../common/stage-view';

export class FollowInputDto {
  @ApiPropertyOptional({ example: ['email', 'sms'], default: ['email'], description: 'How later notices and reminders reach you' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(['email', 'sms'], { each: true })
  channels?: Array<'email' | 'sms'>;

  @ApiPropertyOptional({ example: [72, 24], default: [72, 24], description: 'Remind this many hours before the bid deadline' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(720, { each: true })
  reminderOffsetsHours?: number[];
}

export class FollowDto {
  @ApiProperty({ type: String, example: '5b0e7c1a-3f2d-4c6b-9e8a-7d6c5b4a3f2e' })
  projectId: string;

  @ApiProperty({ type: String, example: '滨江区江堤步道提升改造工程施工招标公告' })
  name: string;

  @ApiProperty({ enum: BULLETIN_CATEGORIES, example: 'change' })
  category: string;

  @ApiProperty({ type: String, example: 'correction', nullable: true })
  stage: string | null;

  @ApiProperty({ type: String, example: '更正', nullable: true })
  stageLabel: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-27T01:30:00.000Z', nullable: true })
  deadlineAt: Date | null;

  @ApiProperty({ example: ['email'] })
  channels: Channel[];

  @ApiProperty({ type: [Number], example: [72, 24] })
  reminderOffsetsHours: number[];

  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-02T03:00:00.000Z' })
  followedAt: Date;
}

export function toFollowDto(f: FollowView): FollowDto {
  return { ...f, stageLabel: stageLabel(f.stage) };
}
