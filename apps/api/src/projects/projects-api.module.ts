import { Module } from '@nestjs/common';
import { ProjectsModule } from '@app/domain/projects';
import { AuthModule } from '../auth/auth.module';
import { FollowLinkController } from './follow-link.controller';
import { FollowsController } from './follows.controller';
import { ProjectsController } from './projects.controller';

@Module({
  imports: [AuthModule, ProjectsModule],
  controllers: [ProjectsController, FollowsController, FollowLinkController],
})
export class ProjectsApiModule {}
