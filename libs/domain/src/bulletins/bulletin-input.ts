import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { BULLETIN_STAGES } from '@app/parsing';
import { BULLETIN_CATEGORY_VALUES } from './bulletin-category';

/** Largest body we keep; real bulletins are well under this. */
export const MAX_BODY_CHARS = 200_000;
export const MAX_BATCH_ITEMS = 1000;
/** More named winners than this is a list of bidders, not of winners. */
export const MAX_WINNERS = 20;

/** budget_yuan is numeric(18,2): below 1e16. This is the largest double under that bound. */
export const MAX_YUAN = 9_999_999_999_999_998;

/**
 * One bulletin as a source sends it (ingest API and import). Validated item by item, so one bad
 * record never loses the good ones. Explicit values win over what the parser reads from the text.
 */
export class BulletinInput {
  /** The source's own id for the notice; unique per source. */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  sourceId: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url?: string;

  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  title: string;

  /** Plain text; HTML is also accepted and stripped. */
  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_CHARS)
  body?: string;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_BODY_CHARS)
  bodyHtml?: string;

  @IsOptional()
  @IsIn(BULLETIN_CATEGORY_VALUES)
  category?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  regionText?: string;

  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a six-digit GB/T 2260 code' })
  regionCode?: string;

  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'publishedAt must be an ISO 8601 date' })
  publishedAt?: Date;

  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'deadlineAt must be an ISO 8601 date' })
  deadlineAt?: Date;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_YUAN)
  budgetYuan?: number;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  buyer?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  agency?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  projectCode?: string;

  /** A BULLETIN_STAGES code; without an explicit category it also sets the category. */
  @IsOptional()
  @IsIn(BULLETIN_STAGES)
  stage?: string;

  /** Winners as written (中标人, 成交供应商, 第一中标候选人). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_WINNERS)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  winners?: string[];

  /** 中标/成交金额 in yuan. */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_YUAN)
  awardYuan?: number;
}
