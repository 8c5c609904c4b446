import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, type Subscription } from '@app/domain';
import { BULLETIN_CATEGORIES, BULLETIN_STAGES } from '@app/parsing';

export class SubscriptionDto {
  @ApiProperty({ example: '7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f' })
  id: string;

  @ApiProperty({ example: '渝中区市政道路' })
  name: string;

  @ApiProperty({ example: ['道路', '市政 改造'] })
  keywords: string[];

  @ApiProperty({ example: ['监理'] })
  excludeWords: string[];

  @ApiProperty({ enum: ['title', 'title_body'], example: 'title_body' })
  scope: string;

  @ApiProperty({ example: ['500103'] })
  regions: string[];

  @ApiProperty({ enum: BULLETIN_CATEGORIES, isArray: true, example: ['tender'] })
  categories: string[];

  @ApiProperty({ enum: BULLETIN_STAGES, isArray: true, example: ['correction'], description: 'Stages caught besides whole categories' })
  stages: string[];

  @ApiProperty({ type: Number, example: 1_000_000, nullable: true })
  budgetMin: number | null;

  @ApiProperty({ type: Number, example: null, nullable: true })
  budgetMax: number | null;

  @ApiProperty({ example: false })
  requireBudget: boolean;

  @ApiProperty({ enum: CHANNELS, isArray: true, example: ['email'] })
  channels: string[];

  @ApiProperty({ enum: ['instant', 'daily', 'weekly'], example: 'instant' })
  frequency: string;

  @ApiProperty({ example: false, description: 'Tenders past their bid deadline are sent too (已截止) instead of held back' })
  includeExpired: boolean;

  @ApiProperty({ example: false })
  paused: boolean;

  @ApiProperty({ type: String, format: 'date-time', example: null, nullable: true })
  pausedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-20T08:00:00.000Z' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-21T09:30:00.000Z' })
  updatedAt: Date;
}

export class SubscriptionListItemDto extends SubscriptionDto {
  @ApiProperty({ example: 12, description: 'Bulletins this subscription caught in the last 7 days' })
  matchesLast7Days: number;
}

export function toSubscriptionDto(s: Subscription): SubscriptionDto {
  return {
    id: s.id,
    name: s.name,
    keywords: s.keywords,
    excludeWords: s.excludeWords,
    scope: s.scope,
    regions: s.regions,
    categories: s.categories,
    stages: s.stages,
    budgetMin: s.budgetMin,
    budgetMax: s.budgetMax,
    requireBudget: s.requireBudget,
    channels: s.channels,
    frequency: s.frequency,
    includeExpired: s.includeExpired,
    paused: s.pausedAt !== null,
    pausedAt: s.pausedAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}
