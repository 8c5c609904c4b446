import { Module } from '@nestjs/common';
import { SubscriptionFeedsRepository } from './subscription-feeds.repository';
import { SubscriptionFeedsService } from './subscription-feeds.service';

@Module({
  providers: [SubscriptionFeedsRepository, SubscriptionFeedsService],
  exports: [SubscriptionFeedsService],
})
export class FeedsModule {}
