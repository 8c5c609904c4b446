import { Module } from '@nestjs/common';
import { ProjectsModule } from '@app/domain';
import { AuthModule } from '../auth/auth.module';
import { ProjectsController } from './projects.controller';

@Module({
  imports: [AuthModule, ProjectsModule],
  controllers: [ProjectsController],
})
export class ProjectsApiModule {}
