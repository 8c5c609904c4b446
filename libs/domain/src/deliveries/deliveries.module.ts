import { Module } from '@nestjs/common';
import { ActiveSubscriptionsRepository } from '../subscriptions/active-subscriptions.repository';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryLedger } from './delivery-ledger.service';
import { DigestPlanner } from './digest-planner.service';
import { MessageContentRepository } from './message-content.repository';
import { MemberChannelsRepository } from '../members/member-channels.repository';

@Module({
  providers: [
    DeliveriesRepository,
    DeliveryLedger,
    DigestPlanner,
    ActiveSubscriptionsRepository,
    MessageContentRepository,
    MemberChannelsRepository,
  ],
  exports: [
    DeliveriesRepository,
    DeliveryLedger,
    DigestPlanner,
    ActiveSubscriptionsRepository,
    MessageContentRepository,
    MemberChannelsRepository,
  ],
})
export class DeliveriesModule {}
