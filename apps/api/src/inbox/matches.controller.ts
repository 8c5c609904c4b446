import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MemberInboxService } from '@app/domain/members';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { MatchesPageDto, MatchesQueryDto, toMatchesPageDto } from './dto/inbox.dto';

@ApiTags('inbox')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('v1/matches')
export class MatchesController {
  constructor(private readonly inbox: MemberInboxService) {}

  @Get()
  @ApiOperation({
    summary:
      'What your subscriptions caught, and the notices of projects you follow and organisations you watch (kind, why, what changed), newest first, a page at a time',
  })
  @ApiOkResponse({ type: MatchesPageDto })
  @ApiErrors(400, 401, 404)
  async list(@CurrentMember() member: AuthenticatedMember, @Query() query: MatchesQueryDto): Promise<MatchesPageDto> {
    const page = await this.inbox.matches(member.id, {
      subscriptionId: query.subscriptionId,
      cursor: query.cursor,
      limit: query.limit ?? 20,
    });
    return toMatchesPageDto(page);
  }
}
