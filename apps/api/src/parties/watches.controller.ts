import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PartyWatchesService } from '@app/domain/projects';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { PartiesQueryDto, PartySuggestionDto, toWatchDto, WatchDto, WatchInputDto } from './dto/watch.dto';

@ApiTags('parties')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('v1')
export class WatchesController {
  constructor(private readonly watches: PartyWatchesService) {}

  @Post('watches')
  @ApiOperation({ summary: 'Watch an organisation: every notice where it is buyer, agency or winner (as asked), keywords or not' })
  @ApiCreatedResponse({ type: WatchDto })
  @ApiErrors(400, 401, 422)
  async create(@CurrentMember() member: AuthenticatedMember, @Body() body: WatchInputDto): Promise<WatchDto> {
    return toWatchDto(await this.watches.create(member.id, body));
  }

  @Get('watches')
  @ApiOperation({ summary: 'Your watched organisations' })
  @ApiOkResponse({ type: [WatchDto] })
  @ApiErrors(401)
  async list(@CurrentMember() member: AuthenticatedMember): Promise<WatchDto[]> {
    return (await this.watches.list(member.id)).map(toWatchDto);
  }

  @Delete('watches/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop watching an organisation (404 for a watch that is not yours)' })
  @ApiNoContentResponse()
  @ApiErrors(401, 404)
  async remove(@CurrentMember() member: AuthenticatedMember, @Param('id', new ParseIdPipe('Watch')) id: string): Promise<void> {
    await this.watches.remove(member.id, id);
  }

  @Get('parties')
  @ApiOperation({ summary: 'Organisation names already seen (buyer, agency, winner) containing q: suggestions for a watch' })
  @ApiOkResponse({ type: [PartySuggestionDto] })
  @ApiErrors(400, 401)
  async suggest(@Query() query: PartiesQueryDto): Promise<PartySuggestionDto[]> {
    return this.watches.suggest(query.q);
  }
}
