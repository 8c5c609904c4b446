import { Module } from '@nestjs/common';
import { ProjectLinker } from './project-linker.service';
import { ProjectSummaries } from './project-summaries';
import { ProjectsService } from './projects.service';

@Module({
  providers: [ProjectLinker, ProjectSummaries, ProjectsService],
  exports: [ProjectLinker, ProjectSummaries, ProjectsService],
})
export class ProjectsModule {}
