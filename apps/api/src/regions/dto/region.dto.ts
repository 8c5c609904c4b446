import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Region } from '@app/regions';
import { OptionalNotNull, Trim } from '../../common/dto-transforms';

export class RegionSearchDto {
  @ApiPropertyOptional({ example: '渝中', description: 'Name or short form: 重庆, 渝中, 南山区…; without it, the provinces' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100, default: 20 })
  @OptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class RegionDto {
  @ApiProperty({ example: '500103' })
  code: string;

  @ApiProperty({ example: '渝中区' })
  name: string;

  @ApiProperty({ enum: ['province', 'city', 'district'], example: 'district' })
  level: string;

  @ApiProperty({ type: String, example: '500000', nullable: true })
  parentCode: string | null;

  @ApiProperty({ example: '重庆市 渝中区', description: 'Names from the province down' })
  fullName: string;
}

export class RegionDetailDto extends RegionDto {
  @ApiProperty({ type: [RegionDto], description: 'From the province down to the parent' })
  parents: RegionDto[];

  @ApiProperty({ type: [RegionDto], description: 'Direct children, by code' })
  children: RegionDto[];
}

export function toRegionDto(r: Region, fullName: string): RegionDto {
  return { code: r.code, name: r.name, level: r.level, parentCode: r.parentCode, fullName };
}
