import { Module } from '@nestjs/common';
import { SubscriptionsModule } from '@app/domain/members';
import { AuthModule } from '../auth/auth.module';
import { SubscriptionPreviewController } from './subscription-preview.controller';
import { SubscriptionsController } from './subscriptions.controller';

@Module({
  imports: [AuthModule, SubscriptionsModule],
  controllers: [SubscriptionPreviewController, SubscriptionsController],
})
export class SubscriptionsApiModule {}
