import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { hitSummary, type MatchHitDetail } from '@app/domain';
import type { InboxPage, MemberBulletin, MemberBulletinMatch } from '@app/domain/members';
import { BulletinSummaryDto, toBulletinSummaryDto } from '../../common/bulletin-summary.dto';
import { OptionalNotNull } from '../../common/dto-transforms';

export class MatchesQueryDto {
  @ApiPropertyOptional({ example: '7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f', description: 'Only this subscription' })
  @OptionalNotNull()
  @IsUUID()
  subscriptionId?: string;

  @ApiPropertyOptional({ example: 'MjAyNi0xMS0yNyAwMDoxMDowMS4xMjM0NTYrMDB8…', description: 'nextCursor of the previous page' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100, default: 20 })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

class SubscriptionRefDto {
  @ApiProperty({ example: '7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f' })
  id: string;

  @ApiProperty({ example: '渝中区市政道路' })
  name: string;
}

const PLACES = ['title', 'opening', 'body', 'qualification', 'boilerplate'];

export class HitDetailDto {
  @ApiProperty({ example: '道路', description: 'The keyword entry as written' })
  entry: string;

  @ApiProperty({ example: '道路', description: 'The part of the entry that hit, normalised' })
  term: string;

  @ApiProperty({ enum: PLACES, example: 'title' })
  place: string;

  @ApiProperty({ example: true, description: 'The hit is a word of its context (false only for literal "=" keywords)' })
  aligned: boolean;

  @ApiProperty({ example: '渝中区市政道路改造工程', description: 'The title, or the body sentence around the hit' })
  sentence: string;
}

function toHitDetailDtos(details: MatchHitDetail[]): HitDetailDto[] {
  return details.map(({ entry, term, place, aligned, sentence }) => ({ entry, term, place, aligned, sentence }));
}

export class MatchDto {
  @ApiProperty({ example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' })
  id: string;

  @ApiProperty({ type: SubscriptionRefDto })
  subscription: SubscriptionRefDto;

  @ApiProperty({ example: ['道路'] })
  hits: string[];

  @ApiProperty({
    enum: PLACES,
    isArray: true,
    example: ['title', 'body'],
    description: 'Where the keywords hit, strongest first; [] for old matches',
  })
  hitPlaces: string[];

  @ApiProperty({
    type: String,
    example: '本项目含道路照明改造。',
    nullable: true,
    description: 'Body sentence of the strongest hit outside the title; null when all hits are in the title',
  })
  hitSentence: string | null;

  @ApiProperty({ type: [HitDetailDto], description: 'One hit per keyword part, title first' })
  hitDetails: HitDetailDto[];

  @ApiProperty({
    type: Number,
    example: 100,
    nullable: true,
    description: 'Relevance 0-100 from where the keywords hit (title 100, body 50, qualification 30); null for old matches',
  })
  score: number | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T02:01:13.000Z' })
  matchedAt: Date;

  @ApiProperty({ example: false, description: 'You marked it 不相关 (POST/DELETE /v1/matches/{id}/not-relevant)' })
  notRelevant: boolean;

  @ApiProperty({ type: BulletinSummaryDto })
  bulletin: BulletinSummaryDto;
}

export class MatchesPageDto {
  @ApiProperty({ type: [MatchDto], description: 'Newest first' })
  items: MatchDto[];

  @ApiProperty({ type: String, example: null, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}

export function toMatchesPageDto(page: InboxPage): MatchesPageDto {
  return {
    items: page.items.map((m) => ({
      id: m.id,
      subscription: { id: m.subscriptionId, name: m.subscriptionName },
      hits: m.hits,
      ...hitSummary(m.hitDetails),
      hitDetails: toHitDetailDtos(m.hitDetails),
      score: m.score,
      matchedAt: m.createdAt,
      notRelevant: m.notRelevant,
      bulletin: toBulletinSummaryDto(m.bulletin),
    })),
    nextCursor: page.nextCursor,
  };
}

class BulletinMatchDto {
  @ApiProperty({ type: SubscriptionRefDto })
  subscription: SubscriptionRefDto;

  @ApiProperty({ example: ['道路'] })
  hits: string[];

  @ApiProperty({ enum: PLACES, isArray: true, example: ['title'] })
  hitPlaces: string[];

  @ApiProperty({ type: String, example: null, nullable: true })
  hitSentence: string | null;

  @ApiProperty({ type: Number, example: 100, nullable: true })
  score: number | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T02:01:13.000Z' })
  matchedAt: Date;
}

export class BulletinDto extends BulletinSummaryDto {
  @ApiProperty({ example: '项目名称：解放碑片区市政道路改造工程……' })
  body: string;

  @ApiProperty({ type: String, example: '重庆-渝中-', nullable: true, description: 'The region as the source wrote it' })
  regionText: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T02:00:30.000Z' })
  ingestedAt: Date;

  @ApiProperty({ type: [BulletinMatchDto], description: 'Which of your subscriptions caught it' })
  matches: BulletinMatchDto[];
}

export function toBulletinDto(b: MemberBulletin & { matches: MemberBulletinMatch[] }): BulletinDto {
  return {
    ...toBulletinSummaryDto(b),
    body: b.body,
    regionText: b.regionText,
    ingestedAt: b.ingestedAt,
    matches: b.matches.map((m) => ({
      subscription: { id: m.subscriptionId, name: m.subscriptionName },
      hits: m.hits,
      ...hitSummary(m.hitDetails),
      score: m.score,
      matchedAt: m.createdAt,
    })),
  };
}
