import { Module } from '@nestjs/common';
import { ActiveSubscriptionsRepository } from '../subscriptions/active-subscriptions.repository';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryLedger } from './delivery-ledger.service';
import { DeliverySweeper } from './delivery-sweeper.service';
import { DigestPlanner } from './digest-planner.service';

@Module({
  providers: [DeliveriesRepository, DeliveryLedger, DigestPlanner, DeliverySweeper, ActiveSubscriptionsRepository],
  exports: [DeliveriesRepository, DeliveryLedger, DigestPlanner, DeliverySweeper, ActiveSubscriptionsRepository],
})
export class DeliveriesModule {}
