import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { MarkRow, MemberMatchFixes, MemberMatchWhy } from '@app/domain/members';
import { OptionalNotNull } from '../../common/dto-transforms';

export class MarkNotRelevantDto {
  @ApiPropertyOptional({ example: '只是在市政府采购网发布', description: 'Why, in the member’s words (optional)' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

export class NotRelevantMarkDto {
  @ApiProperty({ example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' })
  matchId: string;

  @ApiProperty({ example: true })
  notRelevant: true;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-25T03:00:00.000Z' })
  markedAt: Date;

  @ApiProperty({ example: ['市政'], description: 'Keyword entries that hit, kept as they were when marked' })
  terms: string[];

  @ApiProperty({ type: String, example: null, nullable: true })
  reason: string | null;

  @ApiProperty({ example: false, description: 'false when it was already marked (marking is idempotent)' })
  created: boolean;
}

export function toNotRelevantMarkDto({ mark, created }: { mark: MarkRow; created: boolean }): NotRelevantMarkDto {
  return { matchId: mark.matchId, notRelevant: true, markedAt: mark.createdAt, terms: mark.terms, reason: mark.reason, created };
}

class HitContextDto {
  @ApiProperty({ example: 'body', enum: ['title', 'body'] })
  place: 'title' | 'body';

  @ApiProperty({
    example: '本公告在焦作市政府采购网上发布。',
    description: 'The sentence that hit (match form: simplified, Latin lower-cased)',
  })
  sentence: string;

  @ApiProperty({ example: 6, description: 'Where the hit starts in `sentence`' })
  start: number;

  @ApiProperty({ example: 8 })
  end: number;

  @ApiProperty({ example: '市政府', description: 'The word the hit sits in' })
  word: string;

  @ApiProperty({
    example: true,
    description:
      'The occurrence straddles a word boundary (市政 in 焦作市政府), so it only counts for a literal entry (=市政); occurrences that count come first',
  })
  insideLongerWord: boolean;
}

class WhyPartDto {
  @ApiProperty({ example: '市政' })
  term: string;

  @ApiProperty({ example: false, description: 'Hits the title as the matcher counts it (a word, or any substring for a literal entry)' })
  inTitle: boolean;

  @ApiProperty({
    example: true,
    description: 'Hits the body as the matcher counts it (a word outside boilerplate, or any substring for a literal entry)',
  })
  inBody: boolean;

  @ApiProperty({ example: true, description: 'Counted for this subscription (body hits only count when it searches title and body)' })
  counted: boolean;

  @ApiProperty({ type: [HitContextDto] })
  contexts: HitContextDto[];
}

class WhyEntryDto {
  @ApiProperty({ example: '市政' })
  entry: string;

  @ApiProperty({ type: [WhyPartDto] })
  parts: WhyPartDto[];
}

class WhySubscriptionDto {
  @ApiProperty({ example: '7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f' })
  id: string;

  @ApiProperty({ example: '市政工程' })
  name: string;

  @ApiProperty({ example: 'title_body', enum: ['title', 'title_body'] })
  scope: 'title' | 'title_body';

  @ApiProperty({ example: ['市政'] })
  keywords: string[];

  @ApiProperty({ example: [] })
  excludeWords: string[];
}

class WhyBulletinDto {
  @ApiProperty({ example: '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f' })
  id: string;

  @ApiProperty({ example: '某学校课桌椅采购公告' })
  title: string;
}

export class MatchWhyDto {
  @ApiProperty({ example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' })
  matchId: string;

  @ApiProperty({ type: String, format: 'date-time', example: null, nullable: true, description: 'When the member marked it 不相关' })
  markedAt: Date | null;

  @ApiProperty({ type: WhySubscriptionDto })
  subscription: WhySubscriptionDto;

  @ApiProperty({ type: WhyBulletinDto })
  bulletin: WhyBulletinDto;

  @ApiProperty({ example: ['市政'], description: 'Keyword entries that hit when it matched' })
  hits: string[];

  @ApiProperty({ type: [WhyEntryDto], description: 'Keyword entries that hit the bulletin now, part by part, with the sentences' })
  entries: WhyEntryDto[];

  @ApiProperty({ example: false, description: 'The subscription has no keywords (regions and kinds only)' })
  keywordless: boolean;

  @ApiProperty({ example: true, description: 'The current filter still catches it' })
  stillMatches: boolean;
}

export function toMatchWhyDto(w: MemberMatchWhy): MatchWhyDto {
  return {
    ...w,
    entries: w.entries.map((e) => ({
      entry: e.entry,
      parts: e.parts.map((p) => ({
        ...p,
        contexts: p.contexts.map(({ place, sentence, start, end, word, insideLongerWord }) => ({
          place,
          sentence,
          start,
          end,
          word,
          insideLongerWord,
        })),
      })),
    })),
  };
}

class FixPatchDto {
  @ApiPropertyOptional({ example: ['市政府'] })
  excludeWords?: string[];

  @ApiPropertyOptional({ example: 'title', enum: ['title', 'title_body'] })
  scope?: 'title' | 'title_body';

  @ApiPropertyOptional({ example: ['道路'] })
  keywords?: string[];
}

class SuggestedFixDto {
  @ApiProperty({ example: 'exclude_word', enum: ['exclude_word', 'title_only', 'drop_keyword'] })
  kind: 'exclude_word' | 'title_only' | 'drop_keyword';

  @ApiProperty({ type: String, example: '市政府', nullable: true, description: 'The word to exclude, or the keyword to drop' })
  term: string | null;

  @ApiProperty({
    example: 'hit_word',
    nullable: true,
    enum: ['hit_word', 'title_word'],
    description: 'hit_word: the longer word the keyword sat in',
  })
  origin: 'hit_word' | 'title_word' | null;

  @ApiProperty({ type: FixPatchDto, description: 'Send as PATCH /v1/subscriptions/{subscriptionId} to apply' })
  patch: FixPatchDto;

  @ApiProperty({ example: 18, description: 'Matches of the window the fix would have removed' })
  removes: number;

  @ApiProperty({ example: 67, description: 'Matches of the subscription in the window' })
  of: number;

  @ApiProperty({ example: 1, description: 'Of the removed ones, how many were marked 不相关' })
  removesMarked: number;
}

export class MatchFixesDto {
  @ApiProperty({ example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' })
  matchId: string;

  @ApiProperty({ example: '7d3f5e0a-2b1c-4e8f-9a6d-1c2b3a4d5e6f' })
  subscriptionId: string;

  @ApiProperty({ example: 30 })
  days: number;

  @ApiProperty({ example: 67, description: 'Matches of the subscription in the window' })
  matches: number;

  @ApiProperty({ type: [SuggestedFixDto], description: 'Each would have kept this notice out; [] when the filter no longer catches it' })
  fixes: SuggestedFixDto[];
}

export function toMatchFixesDto(f: MemberMatchFixes): MatchFixesDto {
  return f;
}
