import { Module } from '@nestjs/common';
import { AdminDomainModule } from '@app/domain/admin';
import { AuthModule } from '../../auth/auth.module';
import { AdminStatsController } from './admin-stats.controller';

@Module({
  imports: [AuthModule, AdminDomainModule],
  controllers: [AdminStatsController],
})
export class AdminStatsModule {}
