import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsInt, Max, Min } from 'class-validator';
import { ADMIN_PAGE_SIZE, type PageRequest } from '@app/domain/admin';
import { OptionalNotNull } from '../../common/dto-transforms';

/** ?page=&pageSize= for admin tables. */
export class PageQueryDto {
  @ApiPropertyOptional({ example: 1, minimum: 1, default: 1 })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ example: ADMIN_PAGE_SIZE.default, minimum: 1, maximum: ADMIN_PAGE_SIZE.max, default: ADMIN_PAGE_SIZE.default })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(ADMIN_PAGE_SIZE.max)
  pageSize?: number;
}

/** ?from=&to= (ISO 8601; from inclusive, to exclusive) plus paging. */
export class DateRangePageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: String, format: 'date-time', example: '2026-11-01T00:00:00+08:00', description: 'Inclusive' })
  @OptionalNotNull()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date' })
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', example: '2026-12-01T00:00:00+08:00', description: 'Exclusive' })
  @OptionalNotNull()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date' })
  to?: Date;
}

export function pageOf(q: PageQueryDto): PageRequest {
  return { page: q.page ?? 1, pageSize: q.pageSize ?? ADMIN_PAGE_SIZE.default };
}

/** ?flag=true|false as a boolean (anything else fails validation). */
export const QueryBoolean = () =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
