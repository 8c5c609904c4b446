import { Module } from '@nestjs/common';
import { AdminDomainModule } from '@app/domain';
import { AuthModule } from '../../auth/auth.module';
import { AdminDeliveriesController } from './admin-deliveries.controller';

@Module({
  imports: [AuthModule, AdminDomainModule],
  controllers: [AdminDeliveriesController],
})
export class AdminDeliveriesModule {}
