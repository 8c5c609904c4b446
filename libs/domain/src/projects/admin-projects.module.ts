import { Module } from '@nestjs/common';
import { AuditTrail } from '../admin/audit/audit-trail.service';
import { AdminProjectsService } from './admin-projects.service';
import { ProjectsModule } from './projects.module';

@Module({
  imports: [ProjectsModule],
  providers: [AdminProjectsService, AuditTrail],
  exports: [AdminProjectsService],
})
export class AdminProjectsModule {}
