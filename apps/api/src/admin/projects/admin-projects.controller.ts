import { Body, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { AdminProjectsService, AUDIT_ACTIONS, type AuditActor } from '@app/domain/admin';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { ApiErrors } from '../../openapi/api-errors.decorator';
import { Actor } from '../common/actor.decorator';
import { AdminController } from '../common/admin-controller.decorator';
import { Audited } from '../common/audited.decorator';
import { MergeProjectDto, MergeResultDto, SplitProjectDto, SplitResultDto } from './dto/admin-project.dto';

const ProjectId = () => Param('id', new ParseIdPipe('Project'));

@AdminController('projects')
export class AdminProjectsController {
  constructor(private readonly projects: AdminProjectsService) {}

  @Post(':id/merge')
  @HttpCode(200)
  @Audited(AUDIT_ACTIONS.projectMerge)
  @ApiOperation({ summary: 'Merge this project into another: notices, link keys and followers move; this id then answers as the other' })
  @ApiOkResponse({ type: MergeResultDto })
  @ApiErrors(400, 404)
  merge(@Actor() actor: AuditActor, @ProjectId() id: string, @Body() body: MergeProjectDto): Promise<MergeResultDto> {
    return this.projects.merge(actor, id, body.intoId);
  }

  @Post(':id/split')
  @HttpCode(200)
  @Audited(AUDIT_ACTIONS.projectSplit)
  @ApiOperation({ summary: 'Split notices off into a new project (wrongly linked); keys only they carry move with them' })
  @ApiOkResponse({ type: SplitResultDto })
  @ApiErrors(400, 404)
  split(@Actor() actor: AuditActor, @ProjectId() id: string, @Body() body: SplitProjectDto): Promise<SplitResultDto> {
    return this.projects.split(actor, id, body.bulletinIds);
  }
}
