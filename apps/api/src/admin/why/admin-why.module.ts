import { Module } from '@nestjs/common';
import { AdminDomainModule } from '@app/domain/admin';
import { AuthModule } from '../../auth/auth.module';
import { AdminWhyController } from './admin-why.controller';

@Module({
  imports: [AuthModule, AdminDomainModule],
  controllers: [AdminWhyController],
})
export class AdminWhyModule {}
