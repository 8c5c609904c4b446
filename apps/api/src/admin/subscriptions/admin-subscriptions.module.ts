import { Module } from '@nestjs/common';
import { AdminDomainModule } from '@app/domain/admin';
import { AuthModule } from '../../auth/auth.module';
import { AdminSubscriptionsController } from './admin-subscriptions.controller';

@Module({
  imports: [AuthModule, AdminDomainModule],
  controllers: [AdminSubscriptionsController],
})
export class AdminSubscriptionsModule {}
