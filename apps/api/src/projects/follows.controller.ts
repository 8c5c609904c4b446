import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectFollowsService, ProjectReminders } from '@app/domain/projects';
import { JobProducer } from '@app/queues';
import type { AuthenticatedMember } from '../auth/authenticated-member';
import { CurrentMember } from '../auth/current-member.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { FollowDto, FollowInputDto, toFollowDto } from './dto/follow.dto';

@ApiTags('projects')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('v1')
export class FollowsController {
  constructor(
    private readonly follows: ProjectFollowsService,
    private readonly reminders: ProjectReminders,
    private readonly jobs: JobProducer,
  ) {}

  @Post('projects/:id/follow')
  @HttpCode(200)
  @ApiOperation({
    summary: '关注此项目: every later notice reaches you at once, keywords or not; reminders before the deadline. Idempotent.',
  })
  @ApiOkResponse({ type: FollowDto })
  @ApiErrors(400, 401, 403, 404)
  async follow(
    @CurrentMember() member: AuthenticatedMember,
    @Param('id', new ParseIdPipe('Project')) id: string,
    @Body() body: FollowInputDto,
  ): Promise<FollowDto> {
    const follow = await this.follows.follow(member.id, id, body);
    // Reminder jobs for the deadline as it stands; later notices replan them in the worker.
    await this.jobs.scheduleReminders(await this.reminders.plan(follow.projectId, member.id));
    return toFollowDto(follow);
  }

  @Delete('projects/:id/follow')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop following (idempotent)' })
  @ApiNoContentResponse()
  @ApiErrors(401, 404)
  async unfollow(@CurrentMember() member: AuthenticatedMember, @Param('id', new ParseIdPipe('Project')) id: string): Promise<void> {
    await this.follows.unfollow(member.id, id);
  }

  @Get('me/follows')
  @ApiOperation({ summary: 'The projects you follow, newest first' })
  @ApiOkResponse({ type: [FollowDto] })
  @ApiErrors(401)
  async list(@CurrentMember() member: AuthenticatedMember): Promise<FollowDto[]> {
    return (await this.follows.list(member.id)).map(toFollowDto);
  }
}
