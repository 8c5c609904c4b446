import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@app/domain';
import { childrenOf, getRegion, provinces, regionPath, searchRegions, type Region } from '@app/regions';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { RegionDetailDto, RegionDto, RegionSearchDto, toRegionDto } from './dto/region.dto';

const fullName = (r: Region) =>
  regionPath(r.code)
    .map((x) => x.name)
    .join(' ');

/** GB/T 2260 divisions for the subscription form's region picker. Public: no personal data. */
@ApiTags('regions')
@Controller('v1/regions')
export class RegionsController {
  @Get()
  @ApiOperation({
    summary: 'Find regions by name (exact, then prefix, then substring; provinces before cities before districts), or list the provinces',
  })
  @ApiOkResponse({ type: [RegionDto] })
  @ApiErrors(400)
  search(@Query() query: RegionSearchDto): RegionDto[] {
    const found = query.q === undefined ? provinces() : searchRegions(query.q, query.limit ?? 20);
    return found.map((r) => toRegionDto(r, fullName(r)));
  }

  @Get(':code')
  @ApiParam({ name: 'code', example: '500103' })
  @ApiOperation({ summary: 'One region with its parents and direct children' })
  @ApiOkResponse({ type: RegionDetailDto })
  @ApiErrors(404)
  get(@Param('code') code: string): RegionDetailDto {
    const region = /^\d{6}$/.test(code) ? getRegion(code) : undefined;
    if (!region) throw new NotFoundError('Region');
    const path = regionPath(code);
    return {
      ...toRegionDto(region, path.map((r) => r.name).join(' ')),
      parents: path.slice(0, -1).map((r) => toRegionDto(r, fullName(r))),
      children: childrenOf(code).map((r) => toRegionDto(r, fullName(r))),
    };
  }
}
