import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MatchFeedbackService, NotRelevantService } from '@app/domain/members';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import {
  MarkNotRelevantDto,
  MatchFixesDto,
  MatchWhyDto,
  NotRelevantMarkDto,
  toMatchFixesDto,
  toMatchWhyDto,
  toNotRelevantMarkDto,
} from './dto/match-feedback.dto';

/** 不相关: mark a match, see why it matched and what would have kept it out. */
@ApiTags('inbox')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('v1/matches/:id')
export class MatchFeedbackController {
  constructor(
    private readonly notRelevant: NotRelevantService,
    private readonly feedback: MatchFeedbackService,
  ) {}

  @Post('not-relevant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a match not relevant (不相关); marking again changes nothing' })
  @ApiOkResponse({ type: NotRelevantMarkDto })
  @ApiErrors(400, 401, 404)
  async mark(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', new ParseIdPipe('Match')) id: string,
    @Body() body: MarkNotRelevantDto,
  ): Promise<NotRelevantMarkDto> {
    return toNotRelevantMarkDto(await this.notRelevant.mark(member.id, id, body.reason));
  }

  @Delete('not-relevant')
  @HttpCode(204)
  @ApiOperation({ summary: 'Undo a 不相关 mark (204 also when there was none)' })
  @ApiNoContentResponse()
  @ApiErrors(401, 404)
  async unmark(@CurrentMember() member: AuthenticatedMember, @Param('id', new ParseIdPipe('Match')) id: string): Promise<void> {
    await this.notRelevant.unmark(member.id, id);
  }

  @Get('why')
  @ApiOperation({ summary: 'Why this matched: which keyword hit where, with the sentence and the word it sat in' })
  @ApiOkResponse({ type: MatchWhyDto })
  @ApiErrors(401, 404)
  async why(@CurrentMember() member: AuthenticatedMember, @Param('id', new ParseIdPipe('Match')) id: string): Promise<MatchWhyDto> {
    return toMatchWhyDto(await this.feedback.why(member.id, id));
  }

  @Get('fixes')
  @ApiOperation({
    summary:
      'One-click fixes that would have kept this match out (exclude word, title only, drop keyword), each with how many of the last 30 days’ matches it would have removed; apply one with PATCH /v1/subscriptions/{id}',
  })
  @ApiOkResponse({ type: MatchFixesDto })
  @ApiErrors(401, 404)
  async fixes(@CurrentMember() member: AuthenticatedMember, @Param('id', new ParseIdPipe('Match')) id: string): Promise<MatchFixesDto> {
    return toMatchFixesDto(await this.feedback.fixes(member.id, id));
  }
}
