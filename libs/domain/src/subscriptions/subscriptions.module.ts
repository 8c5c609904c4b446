import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembersModule } from '../members/members.module';
import { Subscription } from './subscription.entity';
import { SubscriptionPreviewService } from './subscription-preview.service';
import { SubscriptionsRepository } from './subscriptions.repository';
import { SubscriptionsService } from './subscriptions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Subscription]), MembersModule],
  providers: [SubscriptionsRepository, SubscriptionsService, SubscriptionPreviewService],
  exports: [SubscriptionsService, SubscriptionPreviewService],
})
export class SubscriptionsModule {}
