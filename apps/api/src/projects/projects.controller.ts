import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectsService } from '@app/domain/projects';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ProjectDto, toProjectDto } from './dto/project.dto';

@ApiTags('projects')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('v1/projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  // Notices are public procurement information: any signed-in member may read a project.
  @Get(':id')
  @ApiOperation({
    summary:
      'A project: its notices in order, current stage, deadline, budget and winners (a merged project answers as the one it went into)',
  })
  @ApiOkResponse({ type: ProjectDto })
  @ApiErrors(401, 404)
  async get(@Param('id', new ParseIdPipe('Project')) id: string): Promise<ProjectDto> {
    return toProjectDto(await this.projects.get(id));
  }
}
