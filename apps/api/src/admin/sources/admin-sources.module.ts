import { Module } from '@nestjs/common';
import { AdminDomainModule } from '@app/domain/admin';
import { AuthModule } from '../../auth/auth.module';
import { AdminSourcesController } from './admin-sources.controller';

@Module({
  imports: [AuthModule, AdminDomainModule],
  controllers: [AdminSourcesController],
})
export class AdminSourcesModule {}
