import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { type Channel, CHANNELS, SUBSCRIPTION_FREQUENCIES, SUBSCRIPTION_LIMITS, SUBSCRIPTION_SCOPES, TERM_MAX_LENGTH } from '@app/domain';
import { BULLETIN_CATEGORIES, BULLETIN_STAGES } from '@app/parsing';
import { OptionalNotNull, Trim, TrimEach } from '../../common/dto-transforms';

/** A subscription as the member defines it; the API also cleans terms and checks regions and plan limits. */
export class CreateSubscriptionDto {
  @ApiProperty({ example: '渝中区市政道路', maxLength: SUBSCRIPTION_LIMITS.nameLength })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(SUBSCRIPTION_LIMITS.nameLength)
  name: string;

  @ApiPropertyOptional({
    example: ['道路', '市政 改造'],
    description: `Any of; an entry with spaces needs all its parts. ≤ ${TERM_MAX_LENGTH} characters each; [] = every bulletin of the regions/categories`,
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(SUBSCRIPTION_LIMITS.keywords)
  @TrimEach()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(TERM_MAX_LENGTH, { each: true })
  keywords?: string[];

  @ApiPropertyOptional({ example: ['监理'], description: 'None of' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(SUBSCRIPTION_LIMITS.excludeWords)
  @TrimEach()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(TERM_MAX_LENGTH, { each: true })
  excludeWords?: string[];

  @ApiPropertyOptional({ enum: SUBSCRIPTION_SCOPES, example: 'title_body', default: 'title_body' })
  @OptionalNotNull()
  @IsIn(SUBSCRIPTION_SCOPES)
  scope?: 'title' | 'title_body';

  @ApiPropertyOptional({
    example: ['500103'],
    description: 'GB/T 2260 codes (GET /v1/regions); a province or city includes everything under it; [] = nationwide',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(SUBSCRIPTION_LIMITS.regions)
  @Matches(/^\d{6}$/, { each: true, message: 'each value in regions must be a six-digit region code' })
  regions?: string[];

  @ApiPropertyOptional({ example: ['tender'], enum: BULLETIN_CATEGORIES, isArray: true, description: '[] = every kind of notice' })
  @OptionalNotNull()
  @IsArray()
  @IsIn(BULLETIN_CATEGORIES, { each: true })
  categories?: string[];

  // Membership is checked with the rest of the filter, so that a 400 names the entry (stages.0).
  @ApiPropertyOptional({
    example: ['correction', 'extension'],
    enum: BULLETIN_STAGES,
    isArray: true,
    description:
      'Notice stages caught besides whole categories: a bulletin matches when its category is in categories or its stage in stages; both [] = every kind',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(BULLETIN_STAGES.length)
  @IsString({ each: true })
  stages?: string[];

  @ApiPropertyOptional({ type: Number, example: 1_000_000, nullable: true, description: 'Yuan, inclusive' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(SUBSCRIPTION_LIMITS.budgetYuan)
  budgetMin?: number | null;

  @ApiPropertyOptional({ type: Number, example: 50_000_000, nullable: true, description: 'Yuan, inclusive; not below budgetMin' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(SUBSCRIPTION_LIMITS.budgetYuan)
  budgetMax?: number | null;

  @ApiPropertyOptional({ example: false, description: 'true: bulletins without a budget do not match' })
  @OptionalNotNull()
  @IsBoolean()
  requireBudget?: boolean;

  @ApiPropertyOptional({
    example: ['email'],
    enum: CHANNELS,
    isArray: true,
    default: ['email'],
    description: 'sms needs a verified phone, wechat a bound WeChat account, webhook / robot an enabled endpoint (POST /v1/webhooks)',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(CHANNELS, { each: true })
  channels?: Channel[];

  @ApiPropertyOptional({ enum: SUBSCRIPTION_FREQUENCIES, example: 'instant', default: 'instant' })
  @OptionalNotNull()
  @IsIn(SUBSCRIPTION_FREQUENCIES)
  frequency?: 'instant' | 'daily' | 'weekly';

  @ApiPropertyOptional({
    example: false,
    default: false,
    description:
      'true: tenders whose bid deadline has passed are still sent, marked 已截止; false: they are held back (GET /v1/me/held-back, reason deadline_passed). Matching and the inbox are the same either way',
  })
  @OptionalNotNull()
  @IsBoolean()
  includeExpired?: boolean;
}

/** Only the fields sent change; the result is validated as a whole (e.g. budgetMin ≤ budgetMax). */
export class UpdateSubscriptionDto extends PartialType(CreateSubscriptionDto) {}

/** The form as typed so far; name, channels and frequency may be sent and are ignored. */
export class PreviewDraftDto extends PartialType(CreateSubscriptionDto) {}
