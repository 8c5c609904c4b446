import { Module } from '@nestjs/common';
import { AdminDomainModule } from '@app/domain/admin';
import { AuthModule } from '../../auth/auth.module';
import { AdminBulletinsController } from './admin-bulletins.controller';

@Module({
  imports: [AuthModule, AdminDomainModule],
  controllers: [AdminBulletinsController],
})
export class AdminBulletinsModule {}
