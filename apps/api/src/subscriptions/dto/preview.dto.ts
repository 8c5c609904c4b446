import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { PREVIEW_DEFAULT_DAYS, PREVIEW_MAX_DAYS, type PreviewResult } from '@app/domain/members';
import { BulletinSummaryDto, toBulletinSummaryDto } from '../../common/bulletin-summary.dto';
import { OptionalNotNull } from '../../common/dto-transforms';

export class PreviewQueryDto {
  @ApiPropertyOptional({ example: 30, minimum: 1, maximum: PREVIEW_MAX_DAYS, default: PREVIEW_DEFAULT_DAYS })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PREVIEW_MAX_DAYS)
  days?: number;
}

export class PreviewItemDto {
  @ApiProperty({ type: BulletinSummaryDto })
  bulletin: BulletinSummaryDto;

  @ApiProperty({ example: ['道路'], description: 'Keyword entries that hit, as written; [] for a filter without keywords' })
  hits: string[];

  @ApiProperty({
    enum: ['title', 'opening', 'body', 'qualification', 'boilerplate'],
    isArray: true,
    example: ['title'],
    description: 'Where the keywords hit, strongest first',
  })
  hitPlaces: string[];
}

export class PreviewResultDto {
  @ApiProperty({ example: 137, description: 'Bulletins of the window the filter catches' })
  total: number;

  @ApiProperty({ example: false, description: 'A very broad filter: the total is extrapolated from the newest 2,000 candidates' })
  totalEstimated: boolean;

  @ApiProperty({ example: 30 })
  days: number;

  @ApiProperty({ type: [PreviewItemDto], description: 'The newest 20' })
  items: PreviewItemDto[];
}

export function toPreviewResultDto(r: PreviewResult): PreviewResultDto {
  return {
    total: r.total,
    totalEstimated: r.totalEstimated,
    days: r.days,
    items: r.items.map((i) => ({ bulletin: toBulletinSummaryDto(i.bulletin), hits: i.hits, hitPlaces: i.hitPlaces })),
  };
}
