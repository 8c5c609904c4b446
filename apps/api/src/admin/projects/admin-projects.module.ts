import { Module } from '@nestjs/common';
import { AdminProjectsModule as AdminProjectsDomainModule } from '@app/domain/admin';
import { AuthModule } from '../../auth/auth.module';
import { AdminProjectsController } from './admin-projects.controller';

@Module({
  imports: [AuthModule, AdminProjectsDomainModule],
  controllers: [AdminProjectsController],
})
export class AdminProjectsApiModule {}
