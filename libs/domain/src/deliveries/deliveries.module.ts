import { Module } from '@nestjs/common';
import { ActiveSubscriptionsRepository } from '../subscriptions/active-subscriptions.repository';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryLedger } from './delivery-ledger.service';
import { DeliverySweeper } from './delivery-sweeper.service';
import { DigestPlanner } from './digest-planner.service';
import { MessageContentRepository } from './message-content.repository';
import { MemberChannelsRepository } from '../members/member-channels.repository';

@Module({
  providers: [DeliveriesRepository, DeliveryLedger, DigestPlanner, DeliverySweeper, ActiveSubscriptionsRepository, MessageContentRepository, MemberChannelsRepository],
  exports: [DeliveriesRepository, DeliveryLedger, DigestPlanner, DeliverySweeper, ActiveSubscriptionsRepository, MessageContentRepository, MemberChannelsRepository],
})
export class DeliveriesModule {}
