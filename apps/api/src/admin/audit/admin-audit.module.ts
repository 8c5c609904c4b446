import { Module } from '@nestjs/common';
import { AdminDomainModule } from '@app/domain/admin';
import { AuthModule } from '../../auth/auth.module';
import { AdminAuditController } from './admin-audit.controller';

@Module({
  imports: [AuthModule, AdminDomainModule],
  controllers: [AdminAuditController],
})
export class AdminAuditModule {}
