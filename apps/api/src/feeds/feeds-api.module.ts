import { Module } from '@nestjs/common';
import { FeedsModule } from '@app/domain/channels';
import { AuthModule } from '../auth/auth.module';
import { FeedsController } from './feeds.controller';
import { SubscriptionFeedController } from './subscription-feed.controller';

@Module({
  imports: [AuthModule, FeedsModule],
  controllers: [FeedsController, SubscriptionFeedController],
})
export class FeedsApiModule {}
