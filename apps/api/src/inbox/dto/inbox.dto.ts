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

/** A title hit is stored without its sentence: the title is the sentence. */
function toHitDetailDtos(details: MatchHitDetail[], title: string): HitDetailDto[] {
  return details.map(({ entry, term, place, aligned, sentence }) => ({ entry, term, place, aligned, sentence: sentence ?? title }));
}

class FollowReasonDto {
  @ApiProperty({ example: '5b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d' })
  projectId: string;

  @ApiProperty({
    example: ['截止时间由 12月20日 09:30 改为 12月27日 09:30'],
    description: 'What the notice changed: new deadline, winner and amount, cancellation; [] when nothing the project shows',
  })
  changes: string[];
}

class WatchReasonDto {
  @ApiProperty({
    type: String,
    example: '0f1e2d3c-4b5a-4697-8a7b-6c5d4e3f2a1b',
    nullable: true,
    description: 'null once the watch is deleted',
  })
  watchId: string | null;

  @ApiProperty({ type: String, example: '某某建设集团有限公司', nullable: true, description: 'The name as you watch it' })
  name: string | null;

  @ApiProperty({ enum: ['buyer', 'agency', 'winner'], example: 'winner', description: 'The role the organisation has in this notice' })
  role: string;
}

export class MatchDto {
  @ApiProperty({
    example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6',
    description: 'A match id for kind subscription (why, fixes, not-relevant take it); a notice id for follow and watch',
  })
  id: string;

  @ApiProperty({
    enum: ['subscription', 'follow', 'watch'],
    example: 'subscription',
    description:
      'What brought it: a subscription caught it, you follow its project (关注的项目), or you watch one of its parties (关注的单位)',
  })
  kind: 'subscription' | 'follow' | 'watch';

  @ApiProperty({ type: String, example: '订阅：渝中区市政道路', description: 'Why, as the inbox shows it' })
  reasonLabel: string;

  @ApiProperty({ type: SubscriptionRefDto, nullable: true, description: 'null for follow and watch items' })
  subscription: SubscriptionRefDto | null;

  @ApiProperty({ type: FollowReasonDto, nullable: true, description: 'You follow its project: what this notice changed' })
  follow: FollowReasonDto | null;

  @ApiProperty({ type: WatchReasonDto, nullable: true, description: 'It names an organisation you watch' })
  watch: WatchReasonDto | null;

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

const ROLE_LABELS: Record<string, string> = { buyer: '采购人/招标人', agency: '代理机构', winner: '中标人', any: '任意角色' };

function reasonLabel(m: InboxPage['items'][number]): string {
  if (m.kind === 'subscription') return `订阅：${m.subscriptionName}`;
  if (m.kind === 'follow') return '关注的项目';
  return `关注的单位：${m.watch?.name ?? '（已删除）'}（${ROLE_LABELS[m.watch?.role ?? ''] ?? m.watch?.role}）`;
}

export function toMatchesPageDto(page: InboxPage): MatchesPageDto {
  return {
    items: page.items.map((m) => ({
      id: m.id,
      kind: m.kind,
      reasonLabel: reasonLabel(m),
      subscription: m.subscriptionId ? { id: m.subscriptionId, name: m.subscriptionName ?? '' } : null,
      follow: m.follow,
      watch: m.watch,
      hits: m.hits,
      ...hitSummary(m.hitDetails),
      hitDetails: toHitDetailDtos(m.hitDetails, m.bulletin.title),
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
