import { Module } from '@nestjs/common';
import { ProjectLinker } from './project-linker.service';
import { ProjectSummaries } from './project-summaries';
import { ProjectsService } from './projects.service';
import { FollowRecipients } from './follow-recipients';
import { ProjectFollowsService } from './project-follows.service';
import { ProjectReminders } from './project-reminders.service';

@Module({
  providers: [ProjectLinker, ProjectSummaries, ProjectsService, ProjectFollowsService, FollowRecipients, ProjectReminders],
  exports: [ProjectLinker, ProjectSummaries, ProjectsService, ProjectFollowsService, FollowRecipients, ProjectReminders],
})
export class ProjectsModule {}
