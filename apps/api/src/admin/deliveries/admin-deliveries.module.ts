import { Module } from '@nestjs/common';
import { AdminDomainModule } from '@app/domain/admin';
import { AlertComposer, NotifyModule } from '@app/notify';
import { AuthModule } from '../../auth/auth.module';
import { AdminDeliveriesController } from './admin-deliveries.controller';
import { DeliveryMessage } from './delivery-message.service';

@Module({
  imports: [AuthModule, AdminDomainModule, NotifyModule],
  controllers: [AdminDeliveriesController],
  providers: [AlertComposer, DeliveryMessage],
})
export class AdminDeliveriesModule {}
